export { SlaModule } from './sla.module';
export { SlaAppModule } from './sla-app.module';
