import { SIGN_IN_EVENTS, TOPICS, type UserFirstSignedInV1 } from '@deskstream/contracts';
import { ValidationFailed } from '@deskstream/kernel';
import type { DeliveredMessage } from '@deskstream/messaging';
import { messageCommandContext, type IntegrationConsumer } from '@deskstream/platform';
import { userFirstSignedIn, userFirstSignedInPlainly } from '../domain/first-sign-in.rules';
import type { DirectoryEntries } from './directory-entries';
import { seedEntries } from './tenant-directory';

/**
 * Registers the users the platform's edge saw sign in with an identity provider's token before the
 * directory listed them, from their token's claims. A user already there (registered by an admin, an
 * earlier sign-in, or the same sign-in announced twice) is left as it is.
 */
export class FirstSignInDirectory implements IntegrationConsumer {
  readonly name = 'directory.first-sign-ins';
  readonly topics = [TOPICS.signIns];

  constructor(private readonly entries: DirectoryEntries) {}

  async handle({ event }: DeliveredMessage): Promise<void> {
    if (event.type !== SIGN_IN_EVENTS.userFirstSignedIn) return;
    const signIn = event.data as UserFirstSignedInV1;
    // The user registers themselves: their token is the authority for what the entry says.
    const context = messageCommandContext(event, signIn.userId);
    try {
      await seedEntries(this.entries, context, [userFirstSignedIn(signIn)]);
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      await seedEntries(this.entries, context, [userFirstSignedInPlainly(signIn)]);
    }
  }
}
