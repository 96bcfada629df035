import { DirectoryModule } from '@deskstream/directory';
import { IncidentsModule } from '@deskstream/incidents';
import { startEmailApp, type EmailApp } from '@deskstream/intake/testing';
import { DOCUMENT_STORE } from '@deskstream/platform';
import { readUntil } from '@deskstream/testing';

describe('mail senders are matched to directory users by address', () => {
  let desk: EmailApp;
  beforeAll(async () => {
    desk = await startEmailApp({}, [DirectoryModule, IncidentsModule]);
    // Intake's copy of the directory fills from the bus: wait for the seeded requester.
    await readUntil(
      async () => desk.app.get(DOCUMENT_STORE).collection('intake-directory').get('acme', 'user:requester'),
      (doc) => doc !== null,
      10_000,
    );
  });
  afterAll(() => desk?.close());

  const referenceIn = (response: string): string => /(INC\d{7})/.exec(response)![1]!;
  const incident = (reference: string, ready: (body: Record<string, unknown>) => boolean = () => true) =>
    desk.eventually(
      () => desk.as('acme', 'agent').get(`/incidents/${reference}`),
      (r) => r.status === 200 && ready(r.body),
    );

  it('opens the ticket for the user whose address sent it, so it is in their tickets, and takes their reply as theirs', async () => {
    const sent = await desk.send({ from: 'Riley <Requester@Acme.Example>', to: 'it@acme.example', subject: 'Laptop will not boot', text: 'Black screen.' });
    const reference = referenceIn(sent.response);
    expect((await incident(reference)).body).toMatchObject({ caller: 'requester', channel: 'email' });
    const mine = await readUntil(
      () => desk.as('acme', 'requester').get('/incidents'),
      (r) => (r.body.items ?? []).some((i) => i.reference === reference),
      10_000,
    );
    expect(mine.status).toBe(200);
    const reply = await desk.send({
      from: 'requester@acme.example',
      to: 'it@acme.example',
      subject: `Re: [${reference}] Laptop will not boot`,
      text: 'Still black.',
    });
    expect(reply.response).toContain(`commented ${reference}`);
  });

  it('keeps an unknown sender as an unknown contact, by address, not as a user', async () => {
    const sent = await desk.send({ from: 'someone@elsewhere.example', to: 'it@acme.example', subject: 'Hello', text: 'Who are you?' });
    const reference = referenceIn(sent.response);
    expect((await incident(reference)).body).toMatchObject({ caller: 'someone@elsewhere.example' });
    expect((await desk.as('acme', 'requester').get('/incidents')).body.items!.map((i) => i.reference)).not.toContain(reference);
  });

  it('matches an address only within its own tenant', async () => {
    const sent = await desk.send({ from: 'requester@acme.example', to: 'it@globex.example', subject: 'Wrong desk', text: 'Oops' });
    const reference = referenceIn(sent.response);
    const view = await desk.eventually(
      () => desk.as('globex', 'agent').get(`/incidents/${reference}`),
      (r) => r.status === 200,
    );
    expect(view.body).toMatchObject({ caller: 'requester@acme.example' });
  });
});
