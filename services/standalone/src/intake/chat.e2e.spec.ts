import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { CHAT_CLIENT_FRAMES, CHAT_SERVER_FRAMES } from '@deskstream/contracts';
import { IncidentsModule } from '@deskstream/incidents';
import { startChatApp, type ChatClient } from '@deskstream/intake/testing';

type Note = { visibility: string; text: string };

describe('chat over a real WebSocket', () => {
  let kit: Awaited<ReturnType<typeof startChatApp>>;
  beforeAll(async () => (kit = await startChatApp([IncidentsModule])));
  afterAll(() => kit?.close());

  /** A requester starts a chat about `subject`; the acme agent joins it. */
  async function chatWithAgent(subject: string): Promise<{ requester: ChatClient; agent: ChatClient; sessionId: string }> {
    const agent = await kit.connect('acme', 'agent');
    const requester = await kit.connect('acme', 'requester', 'query');
    requester.send({ type: 'start', subject });
    const { sessionId } = await requester.next('started');
    await agent.next({ type: 'waiting', sessionId, subject });
    agent.send({ type: 'join', sessionId });
    await agent.next({ type: 'joined', sessionId });
    await requester.next({ type: 'agent-joined', sessionId, agent: 'agent' });
    return { requester, agent, sessionId: String(sessionId) };
  }

  it('relays messages both ways and converts the chat into an incident that keeps the transcript', async () => {
    const agent = await kit.connect('acme', 'agent');
    const requester = await kit.connect('acme', 'requester');
    expect(requester.socket.protocol).toBe('bearer');
    requester.send({ type: 'start', subject: 'VPN keeps dropping' });
    const { sessionId } = await requester.next('started');
    requester.send({ type: 'message', text: 'It drops every ten minutes' });
    await requester.next({ type: 'posted', sessionId });
    await agent.next({ type: 'waiting', sessionId, subject: 'VPN keeps dropping' });

    const waiting = await kit.eventually(
      () => kit.as('acme', 'agent').get('/intake/chat/sessions'),
      (r) => r.body.items!.some((s) => s.sessionId === sessionId),
    );
    expect(waiting.body.items!.find((s) => s.sessionId === sessionId)).toMatchObject({
      status: 'waiting',
      requester: 'requester',
      subject: 'VPN keeps dropping',
    });

    agent.send({ type: 'join', sessionId });
    const joined = await agent.next({ type: 'joined', sessionId });
    expect(joined.transcript).toEqual([expect.objectContaining({ author: 'requester', text: 'It drops every ten minutes' })]);
    await requester.next({ type: 'agent-joined', sessionId, agent: 'agent' });

    agent.send({ type: 'message', text: 'Which client version do you run?' });
    expect(await requester.next({ type: 'message', sessionId })).toMatchObject({ from: 'agent', role: 'agent', text: 'Which client version do you run?' });
    requester.send({ type: 'message', text: 'Version 5.2' });
    expect(await agent.next({ type: 'message', sessionId })).toMatchObject({ from: 'requester', role: 'requester', text: 'Version 5.2' });

    agent.send({ type: 'convert', impact: 2, urgency: 2, category: 'network' });
    const toAgent = await agent.next({ type: 'ticket', sessionId });
    const toRequester = await requester.next({ type: 'ticket', sessionId });
    expect(toAgent.reference).toMatch(/^INC\d{7}$/);
    expect(toRequester).toMatchObject({ reference: toAgent.reference, resolvedAtFirstContact: false });
    await requester.next({ type: 'closed', sessionId, reason: 'ticketed' });

    const incident = await kit.eventually(
      () => kit.as('acme', 'agent').get(`/incidents/${toAgent.reference}`),
      (r) => r.status === 200 && (r.body.notes as Note[]).length > 0,
    );
    expect(incident.body).toMatchObject({
      channel: 'chat',
      caller: 'requester',
      shortDescription: 'VPN keeps dropping',
      status: 'new',
      classification: { category: 'network', impact: 2, urgency: 2 },
    });
    const transcript = (incident.body.notes as Note[]).map((note) => note.text).join('\n');
    expect((incident.body.notes as Note[]).every((note) => note.visibility === 'public')).toBe(true);
    expect(transcript).toContain('requester (requester): It drops every ten minutes');
    expect(transcript).toContain('agent (agent): Which client version do you run?');
    expect(transcript).toContain('requester (requester): Version 5.2');
    const mine = await kit.as('acme', 'requester').get(`/incidents/${toAgent.reference}`);
    expect(mine.status).toBe(200);

    const after = await kit.eventually(
      () => kit.as('acme', 'agent').get('/intake/chat/sessions'),
      (r) => !r.body.items!.some((s) => s.sessionId === sessionId),
    );
    expect(after.status).toBe(200);
    const closed = await kit.as('acme', 'agent').get('/intake/chat/sessions?status=closed');
    expect(closed.body.items!.find((s) => s.sessionId === sessionId)).toMatchObject({ ticketReference: toAgent.reference, messageCount: 3 });
  });

  it('records a ticket resolved at first contact', async () => {
    const { requester, agent, sessionId } = await chatWithAgent('Forgot how to map the shared drive');
    agent.send({ type: 'message', text: 'Use \\\\files\\shared in Explorer' });
    await requester.next({ type: 'message', sessionId });
    agent.send({ type: 'resolve-first-contact', notes: 'Explained drive mapping', closingCategory: 'user-error' });
    const ticket = await requester.next({ type: 'ticket', sessionId });
    expect(ticket).toMatchObject({ resolvedAtFirstContact: true, reference: expect.stringMatching(/^INC\d{7}$/) });
    await agent.next({ type: 'ticket', sessionId, reference: ticket.reference });

    const incident = await kit.eventually(
      () => kit.as('acme', 'agent').get(`/incidents/${ticket.reference}`),
      (r) => r.status === 200 && r.body.status === 'resolved',
    );
    expect(incident.body).toMatchObject({
      channel: 'chat',
      caller: 'requester',
      assignee: 'agent',
      resolution: expect.objectContaining({ closingCategory: 'user-error' }),
    });
    expect((incident.body.notes as Note[]).map((n) => n.text).join('\n')).toContain('Use \\\\files\\shared in Explorer');
  });

  it('refuses a first-contact resolution with a closing category the desk does not accept, and records nothing', async () => {
    const { agent, sessionId } = await chatWithAgent('Printer jam');
    const before = (await kit.chatEvents()).length;
    agent.send({ type: 'resolve-first-contact', notes: 'Cleared it', closingCategory: 'magic' });
    const error = await agent.next('error');
    expect(error.errors).toEqual([expect.objectContaining({ field: 'closingCategory', message: expect.stringContaining('user-error') })]);
    expect((await kit.chatEvents()).length).toBe(before);

    agent.send({ type: 'resolve-first-contact', notes: 'Cleared it', closingCategory: 'hardware' });
    const ticket = await agent.next({ type: 'ticket', sessionId, resolvedAtFirstContact: true });
    const incident = await kit.eventually(
      () => kit.as('acme', 'agent').get(`/incidents/${ticket.reference}`),
      (r) => r.status === 200,
    );
    expect(incident.body).toMatchObject({ status: 'resolved', assignee: 'agent', resolution: expect.objectContaining({ closingCategory: 'hardware' }) });
  });

  it('answers bad frames with error frames naming the fields, and records nothing', async () => {
    const requester = await kit.connect('acme', 'requester');
    const before = (await kit.chatEvents()).length;
    const cases: [unknown, string[]][] = [
      ['{not json', ['$']],
      ['[1,2]', ['$']],
      [{ type: 'dance' }, ['type']],
      [{ subject: 'no type' }, ['type']],
      [{ type: 'start' }, ['subject']],
      [{ type: 'start', subject: '' }, ['subject']],
      [{ type: 'start', subject: 'x'.repeat(201) }, ['subject']],
      [{ type: 'start', subject: 'ok', tenantId: 'globex' }, ['tenantId']],
      [{ type: 'message', text: 'before any chat' }, ['sessionId']],
      [{ type: 'join' }, ['sessionId']],
      [{ type: 'join', sessionId: 'no-such-session' }, ['sessionId']],
      [{ type: 'convert' }, ['sessionId']],
    ];
    for (const [frame, fields] of cases) {
      requester.send(frame);
      const error = await requester.next('error');
      expect([frame, [...new Set((error.errors as { field: string }[]).map((e) => e.field))]]).toEqual([frame, fields]);
    }
    expect(await kit.chatEvents()).toHaveLength(before);
  });

  it('refuses a requester who tries what only the desk may do, and records nothing', async () => {
    const { requester, sessionId } = await chatWithAgent('Screen flickers');
    const before = (await kit.chatEvents()).length;
    requester.send({ type: 'convert' });
    expect((await requester.next('error')).errors).toEqual([expect.objectContaining({ field: 'type' })]);
    requester.send({ type: 'message', text: '' });
    expect((await requester.next('error')).errors).toEqual([expect.objectContaining({ field: 'text' })]);
    expect(await kit.chatEvents()).toHaveLength(before);
    requester.send({ type: 'close' });
    await requester.next({ type: 'closed', sessionId, reason: 'abandoned' });
  });

  it('refuses the upgrade without a valid token, or for a role that does not chat', async () => {
    expect(await kit.upgradeStatus(kit.wsUrl)).toBe(401);
    expect(await kit.upgradeStatus(kit.wsUrl, ['bearer', 'not-a-jwt'])).toBe(401);
    expect(await kit.upgradeStatus(`${kit.wsUrl}?access_token=not-a-jwt`)).toBe(401);
    expect(await kit.upgradeStatus(kit.wsUrl, ['bearer', await kit.token('acme', 'analyst')])).toBe(403);
    expect(await kit.upgradeStatus(kit.wsUrl.replace('/intake/chat', '/intake/other'), ['bearer', await kit.token('acme', 'agent')])).toBe(404);
    expect(await kit.upgradeStatus(kit.wsUrl, ['bearer', await kit.token('acme', 'agent')])).toBe(101);
  });

  it('keeps tenants apart: another tenant cannot join, see or hear a chat', async () => {
    const outsider = await kit.connect('globex', 'agent');
    const { requester, sessionId } = await chatWithAgent('Payroll portal down');
    const before = (await kit.chatEvents()).length;
    outsider.send({ type: 'join', sessionId });
    expect(await outsider.next('error')).toEqual({ type: 'error', errors: [{ field: 'sessionId', message: 'unknown chat session' }] });
    requester.send({ type: 'message', text: 'Still down' });
    await requester.next('posted');
    expect(await kit.chatEvents()).toHaveLength(before + 1);
    expect(outsider.pending()).toEqual([]);
    const globexList = await kit.as('globex', 'agent').get('/intake/chat/sessions?status=active');
    expect(globexList.body.items).toEqual([]);
    const refused = await kit.as('acme', 'agent').get('/intake/chat/sessions?status=sleeping&limit=0');
    expect(refused.status).toBe(400);
  });

  it('speaks exactly the protocol docs/asyncapi.yaml documents: every frame, both directions, valid against its schema', async () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    const validators = {
      sent: Object.fromEntries(Object.entries(CHAT_CLIENT_FRAMES).map(([type, schema]) => [type, ajv.compile(schema)])),
      received: Object.fromEntries(Object.entries(CHAT_SERVER_FRAMES).map(([type, schema]) => [type, ajv.compile(schema)])),
    };
    const converted = await chatWithAgent('Laptop will not boot');
    converted.requester.send({ type: 'message', text: 'It beeps three times' });
    await converted.agent.next({ type: 'message', sessionId: converted.sessionId });
    converted.agent.send({ type: 'convert', shortDescription: 'Laptop does not boot', impact: 2, urgency: 2, category: 'hardware' });
    await converted.requester.next({ type: 'closed', sessionId: converted.sessionId, reason: 'ticketed' });
    const resolved = await chatWithAgent('Caps lock stuck');
    resolved.agent.send({ type: 'resolve-first-contact', notes: 'Pressed it again', closingCategory: 'user-error', impact: 3 });
    await resolved.requester.next({ type: 'ticket', sessionId: resolved.sessionId, resolvedAtFirstContact: true });
    const abandoned = await chatWithAgent('Never mind');
    abandoned.requester.send({ type: 'close' });
    await abandoned.agent.next({ type: 'closed', sessionId: abandoned.sessionId, reason: 'abandoned' });
    abandoned.requester.send('{not json');
    await abandoned.requester.next('error');

    const log = [converted, resolved, abandoned].flatMap(({ requester, agent }) => [...requester.log, ...agent.log]);
    const invalid = log.flatMap(({ direction, frame }) => {
      const type = String((frame as { type?: unknown }).type);
      const validate = validators[direction][type];
      if (!validate) return [`${direction} ${type}: not in the protocol`];
      return validate(frame) ? [] : [`${direction} ${type}: ${ajv.errorsText(validate.errors)}`];
    });
    expect(invalid).toEqual([]);
    const seen = (direction: 'sent' | 'received') =>
      [...new Set(log.filter((entry) => entry.direction === direction).map((entry) => String((entry.frame as { type: string }).type)))].sort();
    expect(seen('sent')).toEqual(Object.keys(CHAT_CLIENT_FRAMES).sort());
    expect(seen('received')).toEqual(Object.keys(CHAT_SERVER_FRAMES).sort());
  });
});
