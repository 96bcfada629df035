import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import nodemailer from 'nodemailer';
import { TOPICS } from '@deskstream/contracts';
import { DedicatedKafka, describeOnServer, describeUnless, eventually, freshName } from '@deskstream/testing';
import { devToken, freePort, startServer, type ServerProcess } from './standalone-process';

const READY_MS = 60_000;
const DELIVERED_MS = 45_000;
/** Submissions acknowledged between one blow and the next (broker killed, restarted, intake killed). */
const BURST = 8;
/** Between one submission and the next: a steady trickle the two services keep up with. */
const PACE_MS = 200;

interface QueueItem {
  readonly reference: string;
}

/**
 * Intake and incidents as separate OS processes, each from its own production main.ts, meeting only on
 * a real Kafka broker (a dedicated one, which the test kills), their read models, timers and inboxes on
 * the MongoDB-protocol server, each service with its own event store (data dir). Incidents runs as two
 * replicas on one store: the gateway's lease lets one of them publish.
 */
describeUnless(
  process.env.DESKSTREAM_TEST_KAFKA_BROKERS ? null : 'no DESKSTREAM_TEST_KAFKA_BROKERS: the dedicated broker needs scripts/test-servers/start to have run',
  'intake and incidents as processes over Kafka',
  () => {
    describeOnServer('mongodb', 'with read models on the MongoDB protocol', (mongo) => {
      const dirs: string[] = [];
      let kafka: DedicatedKafka;
      let intake: ServerProcess;
      let incidents: ServerProcess[] = [];
      let intakeEnv: Record<string, string>;
      let incidentsEnv: Record<string, string>;
      let smtpPort: number;
      const acknowledged: string[] = [];

      const database = (service: string): string => {
        const url = new URL(mongo.address());
        url.pathname = `/${freshName(service)}`;
        return url.toString();
      };
      const dataDir = (service: string): string => {
        const dir = mkdtempSync(join(tmpdir(), `deskstream-kafka-${service}-`));
        dirs.push(dir);
        return dir;
      };
      const startIntake = () => startServer('services/intake/src/main.ts', intakeEnv, '/health/ready', READY_MS);
      const startIncidents = () => startServer('services/incidents/src/main.ts', incidentsEnv, '/health/ready', READY_MS);

      beforeAll(async () => {
        kafka = await DedicatedKafka.start();
        smtpPort = await freePort();
        const common = {
          LOG_LEVEL: 'warn',
          DESKSTREAM_BUS: 'kafka',
          KAFKA_BROKERS: kafka.brokers,
          DESKSTREAM_READ_MODELS: 'mongodb',
          DESKSTREAM_SCHEDULER: 'mongodb',
          // Short leases, so a replica takes over a dead one's gateway within the test.
          LEASE_TTL_SECONDS: '3',
          // The broker's floor: a restarted intake joins its groups once its killed self's session is over.
          KAFKA_SESSION_TIMEOUT_MS: '6000',
        };
        intakeEnv = {
          ...common,
          DESKSTREAM_DATA_DIR: dataDir('intake'),
          MONGODB_URL: database('intake'),
          PORT: String(await freePort()),
          SMTP_PORT: String(smtpPort),
          SMTP_HOST: '127.0.0.1',
        };
        incidentsEnv = { ...common, DESKSTREAM_DATA_DIR: dataDir('incidents'), MONGODB_URL: database('incidents') };
        const started = await Promise.allSettled([startIntake(), startIncidents(), startIncidents()]);
        const failed = started.find((result) => result.status === 'rejected');
        if (failed) {
          await Promise.all(started.map((result) => (result.status === 'fulfilled' ? result.value.stop('SIGKILL') : undefined)));
          throw failed.reason;
        }
        [intake, ...incidents] = started.map((result) => (result as PromiseFulfilledResult<ServerProcess>).value);
      }, 120_000);

      afterAll(async () => {
        await Promise.all([intake?.stop(), ...incidents.map((replica) => replica.stop())]);
        await kafka?.stop();
        for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      }, 60_000);

      // Intake keeps its issuer key in its data dir, so its tokens outlive a restart.
      const tokens = new Map<string, Promise<string>>();
      const token = (base: string, user: string): Promise<string> => {
        const key = `${base} ${user}`;
        if (!tokens.has(key)) tokens.set(key, devToken(base, 'acme', user));
        return tokens.get(key)!;
      };
      const submit = async (label: string): Promise<string | null> => {
        const response = await fetch(`${intake.base}/api/v1/intake/submissions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${await token(intake.base, 'requester')}`, 'content-type': 'application/json' },
          body: JSON.stringify({ requestType: 'something-is-broken', fields: { shortDescription: label, description: 'From the portal' } }),
        }).catch(() => null);
        if (response?.status !== 202) return null;
        return ((await response.json()) as { reference: string }).reference;
      };
      /** Every reference in the incidents queue, as many times as it is there. */
      const queue = async (): Promise<string[]> => {
        const base = incidents[0]!.base;
        const auth = { authorization: `Bearer ${await token(base, 'agent')}` };
        const references: string[] = [];
        let cursor: string | null = null;
        do {
          const page = (await (
            await fetch(`${base}/api/v1/incidents?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers: auth })
          ).json()) as { items: QueueItem[]; nextCursor: string | null };
          references.push(...page.items.map((item) => item.reference));
          cursor = page.nextCursor;
        } while (cursor);
        return references;
      };
      const inQueue = (wanted: readonly string[]) =>
        eventually(
          async () => {
            const found = await queue();
            expect(found.filter((reference) => wanted.includes(reference)).sort()).toEqual([...wanted].sort());
            return found;
          },
          DELIVERED_MS,
          250,
        ).catch((error: unknown) => {
          // What the processes said is the first thing to read when a ticket is missing.
          throw new Error(
            `${String(error)}\n--- intake:\n${intake.output()}\n${incidents.map((replica, i) => `--- incidents ${i + 1}:\n${replica.output()}`).join('\n')}`,
          );
        });

      it('turns a portal submission, a mail and an alert received by intake into tickets in the incidents queue', async () => {
        const portal = await submit('Scanner on floor 2 is offline');
        expect(portal).toMatch(/^INC\d{7}$/);

        const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
        const sent = await transport.sendMail({ from: 'pat@customer.example', to: 'it@acme.example', subject: 'Printer jammed', text: 'Again.' });
        transport.close();
        const mail = /opened (INC\d{7})/.exec(sent.response)?.[1];
        expect(mail).toMatch(/^INC\d{7}$/);

        const alerted = await fetch(`${intake.base}/api/v1/intake/alerts`, {
          method: 'POST',
          headers: { authorization: `Bearer ${await token(intake.base, 'agent')}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            name: 'DiskFull',
            status: 'firing',
            fingerprint: freshName('disk'),
            service: 'mail',
            severity: 'critical',
            summary: 'Disk /var is 97% full',
          }),
        });
        expect(alerted.status).toBe(202);
        const alert = ((await alerted.json()) as { reference: string }).reference;

        acknowledged.push(portal!, mail!, alert);
        await inQueue(acknowledged);
      }, 90_000);

      it('publishes each of the incidents events once, though two replicas run', async () => {
        const consumer = new Kafka({ brokers: [kafka.brokers], clientId: 'reader', logLevel: logLevel.NOTHING }).consumer({ groupId: freshName('reader') });
        const ids: string[] = [];
        await consumer.connect();
        await consumer.subscribe({ topic: TOPICS.incidents, fromBeginning: true });
        await consumer.run({ eachMessage: async ({ message }) => void ids.push((JSON.parse(message.value!.toString()) as { id: string }).id) });
        try {
          // Each ticket opened gives at least one event; wait for those, then a little for any second copy.
          await eventually(() => expect(ids.length).toBeGreaterThanOrEqual(acknowledged.length), DELIVERED_MS, 100);
          await new Promise((done) => setTimeout(done, 2000));
        } finally {
          await consumer.disconnect();
        }
        expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
      }, 90_000);

      describe('through a broker crash and a service crash', () => {
        it('loses and duplicates nothing when the broker, then intake, is killed mid-burst', async () => {
          // Submissions go on all along, one every PACE_MS; those refused or cut off (intake down) are not acknowledged.
          const burst: string[] = [];
          let attempted = 0;
          let bursting = true;
          const submitting = (async () => {
            while (bursting) {
              attempted += 1;
              const reference = await submit(`Burst ${attempted}`);
              if (reference) burst.push(reference);
              await new Promise((done) => setTimeout(done, PACE_MS));
            }
          })();
          const acknowledgedMore = (n: number) => {
            const target = burst.length + n;
            return eventually(() => expect(burst.length).toBeGreaterThanOrEqual(target), READY_MS, 50);
          };
          try {
            await acknowledgedMore(BURST);
            kafka.kill();
            // With the broker away, intake still takes submissions: its gateway publishes them once it is back.
            await acknowledgedMore(BURST);
            await kafka.restart();
            await acknowledgedMore(BURST);
            await intake.stop('SIGKILL');
            intake = await startIntake();
            await acknowledgedMore(BURST);
          } finally {
            bursting = false;
            await submitting;
          }
          acknowledged.push(...burst);

          const found = await inQueue(acknowledged);
          // A second copy of a ticket would come after the first: look again a moment later.
          await new Promise((done) => setTimeout(done, 2000));
          const again = await queue();
          expect(again.length).toBe(found.length);
          const counts = new Map<string, number>();
          for (const reference of again) counts.set(reference, (counts.get(reference) ?? 0) + 1);
          expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
          expect(acknowledged.filter((reference) => !counts.has(reference))).toEqual([]);
        }, 150_000);
      });
    });
  },
);
