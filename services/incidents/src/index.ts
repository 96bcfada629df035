export { IncidentsModule } from './incidents.module';
export { IncidentsAppModule } from './incidents-app.module';
export { IntakeTicketReferences } from './intake-handoff.parts';
export { OpenIncidentCommand, IncidentActionCommand } from './application/incident-bus';
export type { RequestContext } from './application/incident-use-cases';
