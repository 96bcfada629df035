import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { readUntil } from '@deskstream/testing';
import { devToken, freePort, startServer, type ServerProcess } from './standalone-process';

/**
 * Intake and incidents as two processes, each from its own production entrypoint, sharing nothing but
 * the embedded data dir (its event store and durable bus): a mail to intake becomes an intake event,
 * which the incidents process, which has never seen the mail, turns into a ticket.
 */
describe('intake and incidents as separate processes', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'deskstream-two-processes-'));
  let intake: ServerProcess;
  let incidents: ServerProcess;
  let smtpPort: number;

  beforeAll(async () => {
    smtpPort = await freePort();
    const env = { DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    [intake, incidents] = await Promise.all([
      startServer('services/intake/src/main.ts', { ...env, SMTP_PORT: String(smtpPort), SMTP_HOST: '127.0.0.1' }, '/health/ready', 60_000),
      startServer('services/incidents/src/main.ts', env, '/health/ready', 60_000),
    ]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([intake?.stop(), incidents?.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('turns a mail received by the intake process into a ticket in the incidents process', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    const sent = await transport.sendMail({ from: 'pat@customer.example', to: 'it@acme.example', subject: 'Scanner offline', text: 'Since this morning.' });
    transport.close();
    const reference = /opened (INC\d{7})/.exec(sent.response)?.[1];
    expect(reference).toMatch(/^INC\d{7}$/);

    const token = await devToken(incidents.base, 'acme', 'agent');
    const ticket = await readUntil(
      async () => {
        const response = await fetch(`${incidents.base}/api/v1/incidents/${reference}`, { headers: { authorization: `Bearer ${token}` } });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      },
      (result) => result.status === 200,
      20_000,
    );
    expect(ticket.body).toMatchObject({ reference, channel: 'email', caller: 'pat@customer.example', shortDescription: 'Scanner offline' });
  }, 60_000);
});
