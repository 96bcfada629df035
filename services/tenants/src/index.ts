export { TenantsModule } from './tenants.module';
export { TenantsAppModule } from './tenants-app.module';
