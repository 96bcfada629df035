import { Forbidden, IllegalTransition, NotFound, PreconditionFailed, ValidationFailed } from '@deskstream/kernel';
import { ALICE, as, GLOBEX_AGENT, incidentTestKit, RITA, ROB } from './incident-test-kit';
import type { OpenIncidentInput } from './incident-actions';

const mailDown: OpenIncidentInput = { channel: 'portal', shortDescription: 'Cannot send mail', description: 'Outlook says the server is unavailable' };

describe('incident use cases on the embedded store', () => {
  let kit: ReturnType<typeof incidentTestKit>;
  beforeEach(() => (kit = incidentTestKit()));
  afterEach(() => kit.close());

  it('gives per-tenant references INC0001001, INC0001002 ... and resolves them', async () => {
    const first = await kit.useCases.open(as(RITA), mailDown);
    const second = await kit.useCases.open(as(ALICE), { ...mailDown, caller: 'rob', impact: 1, urgency: 2, channel: 'phone' });
    const otherTenant = await kit.useCases.open(as(GLOBEX_AGENT), mailDown);
    expect([first.reference, second.reference, otherTenant.reference]).toEqual(['INC0001001', 'INC0001002', 'INC0001001']);
    expect(second).toMatchObject({ status: 'new', priority: 'P2', revision: 0 });
    expect(await kit.queries.resolveId('acme', 'INC0001002')).toBe(second.id);
    const view = await kit.queries.view(ALICE, 'INC0001002');
    expect(view).toMatchObject({ caller: 'rob', channel: 'phone', reference: 'INC0001002' });
  });

  it('never duplicates a reference under concurrency', async () => {
    const receipts = await Promise.all(Array.from({ length: 25 }, () => kit.useCases.open(as(ALICE), mailDown)));
    const numbers = receipts.map((r) => Number(r.reference.slice(3))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 25 }, (_, i) => 1001 + i));
  });

  it('writes nothing when the request is refused', async () => {
    await expect(kit.useCases.open(as(ALICE), { ...mailDown, shortDescription: '' })).rejects.toThrow(ValidationFailed);
    expect(await kit.store.readAll()).toEqual([]);
    const { id } = await kit.useCases.open(as(ALICE), mailDown);
    await expect(kit.useCases.act(as(ALICE), id, 'note', { visibility: 'internal', text: 'x'.repeat(10_001) })).rejects.toThrow(ValidationFailed);
    expect((await kit.queries.events('acme', id)).length).toBe(1);
  });

  it('walks open -> assign -> start -> resolve -> close, and answers 409 with allowed actions', async () => {
    const { id } = await kit.useCases.open(as(RITA), mailDown);
    await expect(kit.useCases.act(as(ALICE), id, 'start', {})).rejects.toThrow(IllegalTransition);
    await kit.useCases.act(as(ALICE), id, 'assign', { group: 'service-desk', assignee: 'alice' });
    await kit.useCases.act(as(ALICE), id, 'start', {});
    const resolved = await kit.useCases.act(as(ALICE), id, 'resolve', { closingCategory: 'software', notes: 'cleared cache' });
    expect(resolved).toMatchObject({ status: 'resolved', revision: 3 });
    expect((await kit.useCases.act(as(ALICE), id, 'close', {})).status).toBe('closed');
  });

  it('a stale revision is PreconditionFailed and writes nothing', async () => {
    const { id } = await kit.useCases.open(as(RITA), mailDown);
    await kit.useCases.act(as(ALICE), id, 'assign', { group: 'service-desk' }, 0);
    await expect(kit.useCases.act(as(ALICE), id, 'assign', { group: 'network' }, 0)).rejects.toThrow(PreconditionFailed);
    expect((await kit.queries.view(ALICE, id)).group).toBe('service-desk');
  });

  it('keeps tenants apart: another tenant sees neither the id nor the reference', async () => {
    const { id, reference } = await kit.useCases.open(as(RITA), mailDown);
    await expect(kit.queries.view(GLOBEX_AGENT, id)).rejects.toThrow(NotFound);
    await expect(kit.queries.view(GLOBEX_AGENT, reference)).rejects.toThrow(NotFound);
    await expect(kit.useCases.act(as(GLOBEX_AGENT), id, 'assign', { group: 'x' })).rejects.toThrow(NotFound);
  });

  it('requesters see and comment on their own tickets only, publicly, and do not work them', async () => {
    const { id } = await kit.useCases.open(as(RITA), { ...mailDown, caller: 'someone-else' });
    expect((await kit.queries.view(RITA, id)).caller).toBe('rita');
    await kit.useCases.act(as(ALICE), id, 'note', { visibility: 'internal', text: 'desk only', minutes: 5 });
    await kit.useCases.act(as(RITA), id, 'note', { visibility: 'public', text: 'any news?' });
    await expect(kit.useCases.act(as(RITA), id, 'note', { visibility: 'internal', text: 'sneaky' })).rejects.toThrow(Forbidden);
    await expect(kit.useCases.act(as(RITA), id, 'assign', { group: 'x' })).rejects.toThrow(Forbidden);
    await expect(kit.queries.view(ROB, id)).rejects.toThrow(NotFound);
    await expect(kit.useCases.act(as(ROB), id, 'note', { visibility: 'public', text: 'hi' })).rejects.toThrow(NotFound);
    expect((await kit.queries.view(RITA, id)).notes.map((n) => n.text)).toEqual(['any news?']);
    expect((await kit.queries.view(ALICE, id)).notes.map((n) => n.text)).toEqual(['desk only', 'any news?']);
    expect((await kit.queries.history(RITA, id)).map((h) => h.type)).toEqual(['IncidentOpened', 'IncidentNoteAdded']);
  });

  it('reads the record as it stood at a moment, and its history with what changed', async () => {
    const { id } = await kit.useCases.open(as(RITA), mailDown);
    kit.clock.advance(60_000);
    const beforeAssign = kit.clock.now().toISOString();
    kit.clock.advance(60_000);
    await kit.useCases.act(as(ALICE), id, 'assign', { group: 'service-desk', assignee: 'alice' });
    expect((await kit.queries.view(ALICE, id, beforeAssign)).status).toBe('new');
    expect((await kit.queries.view(ALICE, id)).status).toBe('assigned');
    await expect(kit.queries.view(ALICE, id, '2020-01-01T00:00:00Z')).rejects.toThrow(NotFound);
    await expect(kit.queries.view(ALICE, id, '2999-01-01T00:00:00Z')).rejects.toThrow(ValidationFailed);
    const history = await kit.queries.history(ALICE, id);
    expect(history[1]).toMatchObject({ type: 'IncidentAssigned', actor: 'alice', at: kit.clock.now().toISOString() });
    expect(history[1]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'new', to: 'assigned' },
        { field: 'group', from: null, to: 'service-desk' },
      ]),
    );
  });

  it('uses the tenant settings: its matrix and closing categories', async () => {
    await kit.settings.change(
      { tenantId: 'acme', actor: 'admin', correlationId: 'c' },
      {
        closingCategories: ['fixed'],
        priorityMatrix: [
          ['P1', 'P1', 'P1'],
          ['P2', 'P2', 'P2'],
          ['P3', 'P3', 'P3'],
        ],
      },
      kit.clock.now().toISOString(),
    );
    const { id, priority } = await kit.useCases.open(as(ALICE), { ...mailDown, impact: 1, urgency: 3 });
    expect(priority).toBe('P1');
    await kit.useCases.act(as(ALICE), id, 'assign', { group: 'g', assignee: 'alice' });
    await kit.useCases.act(as(ALICE), id, 'start', {});
    await expect(kit.useCases.act(as(ALICE), id, 'resolve', { closingCategory: 'software', notes: 'n' })).rejects.toThrow(ValidationFailed);
    expect((await kit.useCases.act(as(ALICE), id, 'resolve', { closingCategory: 'fixed', notes: 'n' })).status).toBe('resolved');
  });

  it('major incident: children are linked, resolved with the master; the master closes only after its review', async () => {
    const master = await kit.useCases.open(as(ALICE), { ...mailDown, impact: 1, urgency: 1 });
    const child = await kit.useCases.open(as(RITA), mailDown);
    await kit.useCases.act(as(ALICE), master.id, 'assign', { group: 'mail', assignee: 'alice' });
    await kit.useCases.act(as(ALICE), master.id, 'start', {});
    await expect(kit.useCases.act(as(ALICE), master.id, 'link-child', { child: child.reference })).rejects.toThrow(IllegalTransition);
    await kit.useCases.act(as(ALICE), master.id, 'declare-major', { manager: 'mona', reason: 'all mail down' });
    await kit.useCases.act(as(ALICE), master.id, 'link-child', { child: child.reference });
    await kit.useCases.act(as(ALICE), master.id, 'stakeholder-update', { audience: 'all staff', message: 'working on it' });
    await kit.useCases.act(as(ALICE), master.id, 'resolve', { closingCategory: 'network', notes: 'replaced the certificate' });
    const childView = await kit.queries.view(ALICE, child.id);
    expect(childView).toMatchObject({ status: 'resolved', masterIncident: { id: master.id, reference: master.reference } });
    expect((await kit.queries.view(ALICE, master.id)).major).toMatchObject({ childIncidents: [{ id: child.id, reference: child.reference }] });
    await expect(kit.useCases.act(as(ALICE), master.id, 'close', {})).rejects.toThrow(IllegalTransition);
    await kit.useCases.act(as(ALICE), master.id, 'post-incident-review', {
      whatWentWrong: 'cert expired',
      actions: [{ description: 'monitor', owner: 'bob' }],
    });
    expect((await kit.useCases.act(as(ALICE), master.id, 'close', {})).status).toBe('closed');
  });
});
