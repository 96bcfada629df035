import { describeOnServer } from '@deskstream/testing';
import { integrationBusContract } from '../integration-bus.contract';
import { KafkaIntegrationBus } from './kafka-integration-bus';

describeOnServer('kafka', 'KafkaIntegrationBus', (server) => {
  integrationBusContract(
    'KafkaIntegrationBus',
    async () => new KafkaIntegrationBus({ brokers: server.address().split(','), clientId: 'contract' }),
    // A group takes seconds to form and to rebalance when a second member joins.
    { deliveryTimeoutMs: 45_000, quietPeriodMs: 3000, testTimeoutMs: 120_000 },
  );
});
