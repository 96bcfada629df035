/** Test kits of the incidents service, for the end-to-end suites and benches that compose it with others. */
export {
  generateServiceNowExport,
  GENERATED_DATE_FORMAT,
  type GeneratedExport,
  type GeneratedIncident,
} from './application/import/servicenow-export.generator';
