import { PERSONAL_DATA_CATALOGUE } from '@deskstream/platform';
import type { NotificationQueued } from '../domain/notification.events';

const QUEUED: readonly NotificationQueued['type'][] = ['NotificationQueued'];

describe("the personal data catalogue's notifications events", () => {
  it('declares the queued notification, the only event of the notifications service that holds what was written to whom', () => {
    const declared = PERSONAL_DATA_CATALOGUE.filter((entry) => entry.service === 'notifications').flatMap((entry) => entry.eventTypes);
    expect(declared).toEqual(QUEUED);
  });
});
