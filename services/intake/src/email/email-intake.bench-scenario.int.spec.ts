import { emailIntakeScenario } from './email-intake.bench-scenario';

describe('emailIntakeScenario (the benchmark, small)', () => {
  it('turns every mail sent over parallel SMTP connections into a ticket and reports the rate', async () => {
    const result = await emailIntakeScenario({ connections: 4, mails: 40 });
    expect(result).toMatchObject({ connections: 4, mails: 40, refused: 0, tickets: 40 });
    expect(result.mailsPerSecond).toBeGreaterThan(0);
  });
});
