export { ReportingModule } from './reporting.module';
export { ReportingAppModule } from './reporting-app.module';
