import type { DirectoryReplica } from '@deskstream/platform';
import { callerOfMail } from '../domain/email-sender.rules';

/** Who a mail is from, in ticket terms: the user of intake's directory copy whose address it is, else the address. */
export class MailSenders {
  constructor(private readonly directory: DirectoryReplica) {}

  async callerOf(tenantId: string, address: string): Promise<string> {
    return callerOfMail(address, (await this.directory.userByEmail(tenantId, address))?.id ?? null);
  }
}
