import { PERSONAL_DATA_CATALOGUE } from '@deskstream/platform';
import type { IncidentActivityObserved } from '../domain/incident-activity.decider';

const OBSERVED: readonly IncidentActivityObserved['type'][] = ['IncidentActivityObserved'];

describe("the personal data catalogue's problems events", () => {
  it("declares the observed incident activity, the only event of the problems service that quotes people's words", () => {
    const declared = PERSONAL_DATA_CATALOGUE.filter((entry) => entry.service === 'problems').flatMap((entry) => entry.eventTypes);
    expect(declared).toEqual(OBSERVED);
  });
});
