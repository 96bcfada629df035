import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import type { IncidentEvent } from '../domain/incident.events';
import { at, closed, opened, resolved } from '../domain/incident.fixtures';
import { deskFiguresProjection } from './desk-figures.projection';

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

/** Events of two incidents of one tenant, numbered by their place in the log. */
function life(first: readonly IncidentEvent[], second: readonly IncidentEvent[] = []) {
  const one = recordedEvents('incident-acme.inc-1', first, { tenantId: 'acme' }, 1);
  const two = recordedEvents('incident-acme.inc-2', second, { tenantId: 'acme' }, first.length + 1);
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
      .then((doc) => expect(doc).toMatchObject({ id: 'desk-figures', opened: { [P]: 1 }, resolved: {} }));
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
        expect(Object.keys(doc!.priorities)).toEqual(['inc-2']);
      });
  });

  it('keeps one document per tenant', () => {
    expect(deskFiguresProjection.documentId(life([opened])[0]!)).toBe('desk-figures');
  });
});
