import { ValidationFailed } from '@deskstream/kernel';
import { loadConfig } from '@deskstream/platform';
import { loadEmailConfig } from './email-config';
import { MailboxDirectory } from './mailbox-directory';

describe('email configuration', () => {
  const embedded = loadConfig({});
  const production = { ...embedded, mode: 'production' as const };

  it('serves the demo desks on 2525 in the embedded mode by default', async () => {
    const config = loadEmailConfig(embedded, {});
    expect(config).toMatchObject({ port: 2525, host: '127.0.0.1', maxMessageBytes: 10 * 1024 * 1024 });
    expect(await new MailboxDirectory(config.mailboxes).find('IT@Acme.Example')).toMatchObject({ tenantId: 'acme', requestType: 'something is broken' });
    expect((await new MailboxDirectory(config.mailboxes).find('hr@globex.example'))?.tenantId).toBe('globex');
  });

  it('names every bad variable, and needs a relay in production', () => {
    const load = () => loadEmailConfig(production, { SMTP_PORT: 'abc', EMAIL_MAILBOXES: 'not-an-address=acme' });
    expect(load).toThrow(ValidationFailed);
    expect(load).toThrow(/SMTP_PORT must be a non-negative integer/);
    expect(load).toThrow(/EMAIL_MAILBOXES entry "not-an-address=acme"/);
    expect(load).toThrow(/SMTP_RELAY_URL is required/);
  });

  it('reads the mailbox directory from EMAIL_MAILBOXES', () => {
    const config = loadEmailConfig(production, { SMTP_RELAY_URL: 'smtp://relay:25', EMAIL_MAILBOXES: 'desk@legal.example=legal:contract review' });
    expect(config.mailboxes).toEqual([{ address: 'desk@legal.example', tenantId: 'legal', requestType: 'contract review' }]);
  });
});
