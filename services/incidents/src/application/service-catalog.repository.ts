import { SettingsStream, streamName, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { changeServiceCatalog, DEFAULT_SERVICE_CATALOG, type ServiceCatalog } from '../domain/service-catalog';

export const SERVICE_CATALOG_CATEGORY = 'servicecatalog';

/** A tenant's service catalog (who approves which item) as a stream of changes, audited like everything else. */
export class ServiceCatalogRepository extends SettingsStream<ServiceCatalog> {
  constructor(store: EventStore, ids: IdGenerator) {
    super(store, ids, {
      streamOf: (tenantId) => streamName(SERVICE_CATALOG_CATEGORY, tenantId, 'current'),
      eventType: 'ServiceCatalogChanged',
      defaults: DEFAULT_SERVICE_CATALOG,
      apply: changeServiceCatalog,
    });
  }
}
