export { NotificationsModule } from './notifications.module';
export { NotificationsAppModule } from './notifications-app.module';
