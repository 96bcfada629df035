export { IncidentsModule } from './incidents.module';
export { IncidentsAppModule } from './incidents-app.module';
