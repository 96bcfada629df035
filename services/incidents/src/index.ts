export { IncidentsModule } from './incidents.module';
export { IncidentsAppModule } from './incidents-app.module';
/** The history importer, for the command line that imports with the platform stopped (`npm run import`). */
export { IncidentImporter } from './application/import/incident-importer';
export { serviceNowSource } from './application/import/servicenow-source';
export { eventLogSource } from './application/import/eventlog-source';
export { formatImportReport, type ImportReport } from './application/import/import-report';
export type { ImportProgress, ImportSource } from './application/import/import-source';
export type { OrderedUpdate } from './domain/import/import.types';
