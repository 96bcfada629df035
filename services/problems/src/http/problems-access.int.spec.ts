import { recordBody, startProblemsApp } from './problems-http-test-kit';

describe('problems over HTTP: roles and tenants', () => {
  let kit: Awaited<ReturnType<typeof startProblemsApp>>;
  let acmeProblem: { id: string; reference: string };
  beforeAll(async () => {
    kit = await startProblemsApp();
    const { body } = await kit.as('acme', 'problem-manager').post('/problems', recordBody);
    acmeProblem = { id: String(body.id), reference: String(body.reference) };
    await kit.opened('acme', 'inc-acme-1', 'INC0001001');
  });
  afterAll(() => kit?.close());

  it('keeps tenants apart: globex gets 404 for acme ids and references, and has its own sequence', async () => {
    const globex = kit.as('globex', 'problem-manager');
    for (const path of [
      `/problems/${acmeProblem.id}`,
      `/problems/${acmeProblem.reference}`,
      `/problems/${acmeProblem.id}/timeline`,
      `/problems/${acmeProblem.id}/history`,
    ]) {
      expect([path, (await globex.get(path)).status]).toEqual([path, 404]);
    }
    expect((await globex.post(`/problems/${acmeProblem.id}/assess`, {})).status).toBe(404);
    expect((await globex.post('/problems', recordBody)).body.reference).toBe('PRB0001001');
    const list = await kit.eventually(
      () => globex.get('/problems'),
      (r) => r.body.items!.length === 1,
    );
    expect(list.body.items!.every((item) => item.id !== acmeProblem.id)).toBe(true);
  });

  it("a tenant cannot link another tenant's incident: it does not exist there", async () => {
    await kit.eventually(
      () => kit.as('acme', 'problem-manager').post(`/problems/${acmeProblem.id}/link-incident`, { incident: 'INC0001001' }),
      (r) => r.status === 200,
    );
    const { body } = await kit.as('globex', 'problem-manager').post('/problems', recordBody);
    const foreign = await kit.as('globex', 'problem-manager').post(`/problems/${body.id}/link-incident`, { incident: 'inc-acme-1' });
    expect(foreign.status).toBe(404);
    expect((await kit.as('globex', 'problem-manager').post(`/problems/${body.id}/link-incident`, { incident: 'INC0001001' })).status).toBe(404);
  });

  it('requesters see nothing of problems', async () => {
    const requester = kit.as('acme', 'requester');
    expect((await requester.get('/problems')).status).toBe(403);
    expect((await requester.get(`/problems/${acmeProblem.id}`)).status).toBe(403);
    expect((await requester.get('/problems/candidates')).status).toBe(403);
    expect((await requester.post('/problems', recordBody)).status).toBe(403);
  });

  it('agents and resolvers read and link incidents, but do not run the process', async () => {
    const { body } = await kit.as('acme', 'problem-manager').post('/problems', recordBody);
    for (const user of ['agent', 'resolver']) {
      const desk = kit.as('acme', user);
      expect((await desk.get(`/problems/${body.id}`)).status).toBe(200);
      expect((await desk.post('/problems', recordBody)).status).toBe(403);
      expect((await desk.post(`/problems/${body.id}/assess`, {})).status).toBe(403);
    }
    expect((await kit.as('acme', 'agent').post(`/problems/${body.id}/link-incident`, { incident: 'inc-acme-1' })).status).toBe(200);
    expect((await kit.as('acme', 'resolver').post(`/problems/${body.id}/unlink-incident`, { incident: 'INC0001001' })).status).toBe(200);
    expect((await kit.as('acme', 'analyst').get(`/problems/${body.id}/timeline`)).status).toBe(200);
    expect((await kit.as('acme', 'analyst').post(`/problems/${body.id}/link-incident`, { incident: 'inc-acme-1' })).status).toBe(403);
  });

  it('a task is completed by its assignee or the problem manager, not by anyone else on the desk', async () => {
    const manager = kit.as('acme', 'problem-manager');
    const { body } = await manager.post('/problems', recordBody);
    await manager.post(`/problems/${body.id}/add-task`, { title: 'Collect relay logs', assignee: 'resolver' });
    const taskId = ((await manager.get(`/problems/${body.id}`)).body.tasks as { taskId: string }[])[0]!.taskId;
    expect((await kit.as('acme', 'agent').post(`/problems/${body.id}/complete-task`, { taskId, outcome: 'x' })).status).toBe(403);
    expect((await kit.as('acme', 'resolver').post(`/problems/${body.id}/complete-task`, { taskId, outcome: 'pool at 100%' })).status).toBe(200);
  });

  it('only the tenant admin changes the problem settings', async () => {
    expect((await kit.as('acme', 'problem-manager').put('/problem-settings', { trend: { threshold: 3 } })).status).toBe(403);
    const changed = await kit.as('globex', 'tenant-admin').put('/problem-settings', { trend: { threshold: 3, dimensions: ['service', 'category'] } });
    expect([changed.status, changed.body.trend]).toEqual([200, { windowMinutes: 1440, threshold: 3, dimensions: ['service', 'category'], similarity: null }]);
    expect((await kit.as('globex', 'tenant-admin').put('/problem-settings', { trend: { dimensions: ['colour'] } })).status).toBe(400);
    expect((await kit.as('acme', 'problem-manager').get('/problem-settings')).body.trend).toMatchObject({ threshold: 5, windowMinutes: 1440 });
  });
});
