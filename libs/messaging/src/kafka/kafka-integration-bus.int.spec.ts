import { KafkaContainer, type StartedKafkaContainer } from '@testcontainers/kafka';
import { describeWithContainers } from '@deskstream/testing';
import { integrationBusContract } from '../integration-bus.contract';
import { KafkaIntegrationBus } from './kafka-integration-bus';

const KAFKA_IMAGE = 'confluentinc/cp-kafka:7.9.1';

describeWithContainers('KafkaIntegrationBus (testcontainers)', () => {
  let kafka: StartedKafkaContainer | undefined;

  beforeAll(async () => {
    kafka = await new KafkaContainer(KAFKA_IMAGE).start();
  }, 240_000);

  afterAll(async () => {
    await kafka?.stop();
  }, 60_000);

  integrationBusContract(
    'KafkaIntegrationBus',
    async () => {
      if (!kafka) throw new Error('the Kafka container did not start');
      return new KafkaIntegrationBus({ brokers: [`${kafka.getHost()}:${kafka.getMappedPort(9093)}`], clientId: 'contract' });
    },
    // A group takes seconds to form and to rebalance when a second member joins.
    { deliveryTimeoutMs: 45_000, quietPeriodMs: 3000, testTimeoutMs: 120_000 },
  );
});
