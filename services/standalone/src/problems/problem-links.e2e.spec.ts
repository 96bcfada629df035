import { Module, type DynamicModule } from '@nestjs/common';
import { PROBLEM_EVENTS, TOPICS } from '@deskstream/contracts';
import { IncidentsModule } from '@deskstream/incidents';
import type { DeliveredMessage, IntegrationBus } from '@deskstream/messaging';
import { INTEGRATION_BUS, PlatformModule, type PlatformConfig } from '@deskstream/platform';
import { startHttpTestApp, type HttpTestApp } from '@deskstream/platform/testing';
import { readUntil } from '@deskstream/testing';
import { ProblemsModule } from '@deskstream/problems';

/** The incidents and problems services on one platform, as the standalone process composes them: they meet only on the bus. */
@Module({})
class IncidentsWithProblemsModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return { module: IncidentsWithProblemsModule, imports: [PlatformModule.forRoot(config, { service: 'standalone' }), IncidentsModule, ProblemsModule] };
  }
}

type Note = { visibility: string; text: string; by: string };

describe("an incident's related problem and the problem's communication, across the two services", () => {
  let kit: HttpTestApp;
  let bus: IntegrationBus;
  const problemMessages: DeliveredMessage[] = [];
  let stopTap: () => Promise<void>;
  beforeAll(async () => {
    kit = await startHttpTestApp({ name: 'problem-links', module: (config) => IncidentsWithProblemsModule.forRoot(config) });
    bus = kit.app.get<IntegrationBus>(INTEGRATION_BUS);
    const tap = await bus.subscribe({ groupId: 'test.problem-links-tap', topics: [TOPICS.problems] }, async (message) => {
      problemMessages.push(message);
    });
    stopTap = () => tap.stop();
  });
  afterAll(async () => {
    await stopTap?.();
    await kit?.close();
  });

  const agent = (tenant = 'acme') => kit.as(tenant, 'agent');
  const manager = () => kit.as('acme', 'problem-manager');
  const openIncident = async (tenant: string, shortDescription: string) => {
    const opened = await agent(tenant).post('/incidents', { channel: 'phone', shortDescription, description: 'Outlook says the server is unavailable' });
    expect(opened.status).toBe(201);
    return { id: String(opened.body.id), reference: String(opened.body.reference) };
  };
  const incident = (id: string, tenant = 'acme') => agent(tenant).get(`/incidents/${id}`);
  const until = (id: string, check: (body: Record<string, unknown>) => boolean, tenant = 'acme') =>
    readUntil(
      () => incident(id, tenant),
      (r) => r.status === 200 && check(r.body),
      10_000,
    ).then((r) => r.body);
  const notesOf = (body: Record<string, unknown>) => body.notes as Note[];
  /** A problem recorded once the problems service has heard of the incident it starts with. */
  const recordProblem = (reference: string) =>
    readUntil(
      () =>
        manager().post('/problems', {
          shortDescription: 'Mail relay drops messages',
          description: 'Repeated send failures',
          impact: 2,
          urgency: 2,
          origin: 'manual',
          incidents: [reference],
        }),
      (r) => r.status === 201,
      10_000,
    ).then((r) => ({ id: String(r.body.id), reference: String(r.body.reference) }));

  it('link and unlink give the incident its related problem as a link; communicate comments once on each open linked incident', async () => {
    const first = await openIncident('acme', 'Cannot send mail');
    const second = await openIncident('acme', 'Mail stuck in outbox');
    const done = await openIncident('acme', 'Mail bounced');
    const problem = await recordProblem(first.reference);
    expect((await until(first.id, (b) => b.relatedProblem !== null)).relatedProblem).toEqual(problem);

    for (const other of [second, done]) {
      await readUntil(
        () => manager().post(`/problems/${problem.id}/link-incident`, { incident: other.reference }),
        (r) => r.status === 200,
        10_000,
      );
    }
    await until(done.id, (b) => b.relatedProblem !== null);
    await agent().post(`/incidents/${done.id}/assign`, { group: 'service-desk', assignee: 'agent' });
    await agent().post(`/incidents/${done.id}/start`, {});
    expect((await agent().post(`/incidents/${done.id}/resolve`, { closingCategory: 'software', notes: 'Resent by hand' })).status).toBe(200);

    expect((await manager().post(`/problems/${problem.id}/unlink-incident`, { incident: second.reference })).status).toBe(200);
    expect((await until(second.id, (b) => b.relatedProblem === null)).relatedProblem).toBeNull();

    await manager().post(`/problems/${problem.id}/assess`, {});
    await manager().post(`/problems/${problem.id}/record-workaround`, { workaround: 'Send through webmail' });
    await readUntil(
      () => manager().get(`/problems/${problem.id}/incidents`),
      (r) => r.body.items!.some((i) => i.status === 'resolved'),
      10_000,
    );
    expect((await manager().post(`/problems/${problem.id}/communicate`, { comment: 'Workaround: send through webmail' })).status).toBe(200);
    const commented = await until(first.id, (b) => notesOf(b).length > 0);
    expect(notesOf(commented).map((n) => [n.visibility, n.text, n.by])).toEqual([['public', 'Workaround: send through webmail', 'problem-manager']]);

    // The same message delivered again (a gateway republishing after a crash) adds no second comment.
    const sent = problemMessages.find((m) => m.key === problem.id && m.event.type === PROBLEM_EVENTS.communicated)!;
    await bus.publish([{ topic: TOPICS.problems, key: problem.id, event: sent.event }]);
    await bus.publish([{ topic: TOPICS.problems, key: problem.id, event: sent.event }]);
    // A later link of the same problem on the same key is the marker that the redeliveries were handled.
    await manager().post(`/problems/${problem.id}/link-incident`, { incident: second.reference });
    await until(second.id, (b) => b.relatedProblem !== null);
    expect(notesOf((await incident(first.id)).body)).toHaveLength(1);
    expect(notesOf((await incident(second.id)).body)).toHaveLength(0);
    expect(notesOf((await incident(done.id)).body)).toHaveLength(0);
    const history = (await agent().get(`/incidents/${first.id}/history`)).body.items!.map((i) => i.type);
    expect(history.filter((type) => type === 'IncidentProblemLinked')).toHaveLength(1);
  });

  it("another tenant's incident is never linked nor commented, even when a message names its id", async () => {
    const theirs = await openIncident('globex', 'Cannot send mail');
    const ours = await openIncident('acme', 'Cannot print');
    const problem = await recordProblem(ours.reference);
    // The problems service knows only acme's incidents: globex's is not found there.
    expect((await manager().post(`/problems/${problem.id}/link-incident`, { incident: theirs.id })).status).toBe(404);
    // A message of acme's that names globex's incident id reaches only acme's streams.
    const linked = problemMessages.find((m) => m.key === problem.id && m.event.type === PROBLEM_EVENTS.incidentLinked)!;
    const forged = (type: string, data: Record<string, unknown>, id: string) => ({
      topic: TOPICS.problems,
      key: problem.id,
      event: { ...linked.event, id, type, data: { ...(linked.event.data as object), ...data } },
    });
    await bus.publish([
      forged(PROBLEM_EVENTS.incidentLinked, { incidentId: theirs.id }, 'forged-link'),
      forged(PROBLEM_EVENTS.communicated, { incidentIds: [theirs.id, ours.id], comment: 'Use webmail' }, 'forged-comment'),
    ]);
    await until(ours.id, (b) => notesOf(b).length === 1);
    const untouched = (await incident(theirs.id, 'globex')).body;
    expect([untouched.relatedProblem, notesOf(untouched)]).toEqual([null, []]);
    expect((await incident(ours.id, 'globex')).status).toBe(404);
  });
});
