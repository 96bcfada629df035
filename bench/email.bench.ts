import nodemailer from 'nodemailer';
import { queueReferences } from '../services/standalone/src/intake/intake-restart-test-kit';
import { devToken, freePort, startStandalone } from '../services/standalone/src/standalone-process';
import { elapsedSeconds, round, tempDir, type BenchResult } from './bench-kit';

const CONNECTIONS = 16;
const WARM_UP_MAILS = 300;
const MAILS = 4_000;
const LIST_GIVE_UP_MS = 60_000;
/** The demo desks of two tenants, both opening incidents ("something is broken"). */
const DESKS = [
  { address: 'it@acme.example', tenant: 'acme' },
  { address: 'it@globex.example', tenant: 'globex' },
] as const;

interface Sent {
  readonly seconds: number;
  /** Per tenant, the references the 250 replies named. */
  readonly references: Map<string, Set<string>>;
  readonly refused: string[];
}

/**
 * `mails` distinct new mails through one nodemailer pool of CONNECTIONS SMTP connections. The listener
 * answers 250 only once the incident is durably recorded and names its reference in the reply.
 */
async function send(smtpPort: number, tag: string, mails: number): Promise<Sent> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: smtpPort,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: CONNECTIONS,
    maxMessages: Infinity,
  });
  const references = new Map<string, Set<string>>(DESKS.map((desk) => [desk.tenant, new Set<string>()]));
  const refused: string[] = [];
  const start = process.hrtime.bigint();
  try {
    await Promise.all(
      Array.from({ length: mails }, async (_, i) => {
        const desk = DESKS[i % DESKS.length];
        try {
          const info = await transport.sendMail({
            from: `user${i % 500}@customer.example`,
            to: desk.address,
            subject: `Printer on floor ${i % 12} jams (${tag}-${i})`,
            text: `It jams on every second page since this morning. Reported by mail, ${tag}-${i}.`,
            messageId: `<${tag}-${i}@customer.example>`,
          });
          const reference = /opened (INC\d+)/.exec(info.response)?.[1];
          if (reference) references.get(desk.tenant)!.add(reference);
          else refused.push(`${i}: ${info.response}`);
        } catch (error) {
          refused.push(`${i}: ${(error as Error).message}`);
        }
      }),
    );
    return { seconds: elapsedSeconds(start), references, refused };
  } finally {
    transport.close();
  }
}

/**
 * Issue 4, "Benchmark": email intake with a real SMTP client at 16 parallel connections against the
 * standalone app in a child process (every service, embedded adapters, temp data dir), the same
 * approach as emailIntakeScenario but on the app as shipped; mails/s counts 250 replies that name a
 * new ticket, and every one of those tickets is then looked up in the incident queue.
 */
export async function emailBenchmarks(): Promise<BenchResult[]> {
  const dir = tempDir('email');
  const smtpPort = await freePort();
  const app = await startStandalone(dir.path, { SMTP_PORT: String(smtpPort) });
  try {
    await send(smtpPort, 'warmup', WARM_UP_MAILS);
    const tag = `mailbench${Date.now().toString(36)}`;
    const sent = await send(smtpPort, tag, MAILS);
    const tickets = [...sent.references.values()].reduce((sum, set) => sum + set.size, 0);
    const listedAt = process.hrtime.bigint();
    const agents = await Promise.all(DESKS.map((desk) => devToken(app.base, desk.tenant, 'agent')));
    let listed = 0;
    // The queue is a projection: give it until LIST_GIVE_UP_MS to show every ticket once.
    for (const deadline = Date.now() + LIST_GIVE_UP_MS; listed < tickets && Date.now() < deadline; await new Promise((done) => setTimeout(done, 200))) {
      listed = 0;
      for (const [i, desk] of DESKS.entries()) {
        const inQueue = await queueReferences(app.base, agents[i]!, tag);
        listed += [...sent.references.get(desk.tenant)!].filter((reference) => inQueue.get(reference) === 1).length;
      }
    }
    const rate = tickets / sent.seconds;
    return [
      {
        name: 'email: mails to tickets over SMTP (nodemailer, 16 parallel connections)',
        value: round(rate),
        unit: 'mails/s',
        target: { op: '>=', value: 300 },
        notes:
          `${MAILS.toLocaleString('en')} mails in ${round(sent.seconds, 1)} s after ${WARM_UP_MAILS} warm-up, to ${DESKS.map((d) => d.address).join(' and ')}; ` +
          `${tickets.toLocaleString('en')} distinct tickets named in 250 replies, ${sent.refused.length} refused${sent.refused.length > 0 ? ` (first: ${sent.refused[0]})` : ''}; ` +
          `${listed.toLocaleString('en')} listed once in GET /api/v1/incidents (${listed === tickets ? 'all seen' : 'gave up'} ${round(elapsedSeconds(listedAt), 1)} s after the last reply)`,
      },
    ];
  } finally {
    const exit = await app.stop();
    dir.remove();
    if (exit.code !== 0) console.error(`standalone app exited with ${JSON.stringify(exit)}:\n${app.output()}`);
  }
}
