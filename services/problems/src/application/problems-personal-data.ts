import { ERASED_TEXT, writtenBy, type PersonalDataDeclaration } from '@deskstream/platform';
import type { IncidentActivityObserved } from '../domain/incident-activity.decider';

const observed: IncidentActivityObserved['type'][] = ['IncidentActivityObserved'];

/**
 * The problems service's copy of incident activity quotes what people wrote (docs/personal-data.md):
 * the summary and the incident's short description are sealed with the key of the person quoted.
 */
export const incidentActivityPersonalData: PersonalDataDeclaration = writtenBy(
  observed,
  ['author'],
  [
    { path: 'summary', erased: ERASED_TEXT },
    { path: 'facts.shortDescription', erased: ERASED_TEXT },
  ],
);
