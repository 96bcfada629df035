import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import type { IncidentEvent } from '../domain/incident.events';
import { at, closed, opened, resolved } from '../domain/incident.fixtures';
import { DESK_FIGURE_SHARDS, deskFiguresIdOf, deskFiguresProjection } from './desk-figures.projection';

const by = 'alice';
const priorityOf = (event: IncidentEvent) => (event.type === 'IncidentOpened' ? event.data.priority : undefined);
const reclassified: IncidentEvent = {
  type: 'IncidentClassified',
  data: {
    impact: 1,
    urgency: 1,
    priority: 'P1',
    category: 'email',
    subcategory: null,
    symptom: null,
    reclassification: true,
    reclassificationCount: 1,
    by,
    at: at(1),
  },
};

/** Two incident ids counted in the same share. */
const [ONE, TWO] = Array.from({ length: 20_000 }, (_, i) => `inc-${i}`).filter((id, _, ids) => deskFiguresIdOf(id) === deskFiguresIdOf(ids[0]!));

/** Events of two incidents of one tenant, numbered by their place in the log. */
function life(first: readonly IncidentEvent[], second: readonly IncidentEvent[] = []) {
  const one = recordedEvents(`incident-acme.${ONE}`, first, { tenantId: 'acme' }, 1);
  const two = recordedEvents(`incident-acme.${TWO}`, second, { tenantId: 'acme' }, first.length + 1);
  return [...one, ...two];
}

describe('the desk figures projection', () => {
  const spec = projectionSpecification(deskFiguresProjection);
  const P = priorityOf(opened)!;

  it('counts an opened incident under its priority at opening', () => {
    const [first] = life([opened]);
    spec
      .given()
      .when(first!)
      .then((doc) => expect(doc).toMatchObject({ id: deskFiguresIdOf(ONE!), opened: { [P]: 1 }, resolved: {} }));
  });

  // The runner hands the reducer only the types it handles: a reopening in between is not among them.
  it('counts a resolution under the priority the incident has then, and again after a reopening', () => {
    const events = life([opened, reclassified, resolved, resolved]);
    spec
      .given(...events.slice(0, -1))
      .when(events.at(-1)!)
      .then((doc) => expect(doc).toMatchObject({ opened: { [P]: 1 }, resolved: { P1: 2 } }));
  });

  it('forgets a closed incident, keeping its counts', () => {
    const events = life([opened, resolved, closed], [opened]);
    spec
      .given(...events.slice(0, -1))
      .when(events.at(-1)!)
      .then((doc) => {
        expect(doc).toMatchObject({ opened: { [P]: 2 }, resolved: { [P]: 1 } });
        expect(Object.keys(doc!.priorities)).toEqual([TWO]);
      });
  });

  it('spreads a tenant over a fixed number of shares, each incident always in the same one, so no event rewrites the whole backlog', () => {
    const shares = new Set(Array.from({ length: 20_000 }, (_, i) => deskFiguresIdOf(`incident-${i}`)));
    expect(shares.size).toBe(DESK_FIGURE_SHARDS);
    expect(deskFiguresProjection.documentId(life([opened])[0]!)).toBe(deskFiguresIdOf(ONE!));
  });
});
