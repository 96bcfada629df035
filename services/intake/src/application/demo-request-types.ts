import type { RequestTypeDefinition } from '../domain/request-type.decider';

type Seed = RequestTypeDefinition & { readonly id: string };

const text = (maxLength: number, title: string) => ({ type: 'string', minLength: 1, maxLength, title });
const shortDescription = text(200, 'In a few words');
const description = { type: 'string', maxLength: 10_000, title: 'Details' };

/** The demo tenants' desks: acme's IT forms and globex's HR forms, to show that any business unit plugs in. */
export const DEMO_REQUEST_TYPES: Readonly<Record<string, readonly Seed[]>> = {
  acme: [
    {
      id: 'something-is-broken',
      name: 'Something is broken',
      description: 'Report a fault: something that worked does not any more',
      kind: 'incident',
      form: {
        type: 'object',
        required: ['shortDescription'],
        additionalProperties: false,
        properties: {
          shortDescription,
          description,
          service: text(200, 'Affected service'),
          affects: { enum: ['just me', 'my team', 'everyone'], title: 'Who is affected' },
        },
      },
      category: 'general',
      group: 'service-desk',
      impact: 3,
      urgency: 3,
    },
    {
      id: 'password-reset',
      name: 'Password reset',
      description: 'Locked out, or the password expired',
      kind: 'service-request',
      form: {
        type: 'object',
        required: ['account', 'system'],
        additionalProperties: false,
        properties: { account: text(100, 'Account name'), system: { enum: ['windows', 'email', 'vpn', 'erp'] }, shortDescription, description },
      },
      category: 'access',
      group: 'identity',
      impact: 3,
      urgency: 2,
    },
    {
      id: 'new-laptop',
      name: 'New laptop',
      description: 'A laptop for a new starter or to replace an old one',
      kind: 'service-request',
      form: {
        type: 'object',
        required: ['model', 'neededBy'],
        additionalProperties: false,
        properties: { model: { enum: ['standard', 'developer', 'executive'] }, neededBy: { type: 'string', format: 'date' }, deliveryAddress: text(500, 'Deliver to'), description },
      },
      category: 'hardware',
      group: 'fulfilment',
      impact: 3,
      urgency: 3,
    },
    {
      id: 'access-request',
      name: 'Access request',
      description: 'Access to a system, share or application',
      kind: 'service-request',
      form: {
        type: 'object',
        required: ['system', 'accessLevel', 'justification', 'managerEmail'],
        additionalProperties: false,
        properties: {
          system: text(200, 'System'),
          accessLevel: { enum: ['read', 'write', 'admin'] },
          justification: { type: 'string', minLength: 10, maxLength: 2000 },
          managerEmail: { type: 'string', format: 'email' },
        },
      },
      category: 'access',
      group: 'identity',
      impact: 3,
      urgency: 3,
    },
  ],
  globex: [
    {
      id: 'payroll-question',
      name: 'Payroll question',
      description: 'A question about a payslip, deductions or a payment',
      kind: 'service-request',
      form: {
        type: 'object',
        required: ['employeeId', 'payPeriod', 'question'],
        additionalProperties: false,
        properties: { employeeId: { type: 'string', pattern: '^E[0-9]{5}$' }, payPeriod: { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' }, question: text(5000, 'Question') },
      },
      category: 'payroll',
      group: 'hr-payroll',
      impact: 3,
      urgency: 3,
    },
    {
      id: 'onboarding-new-starter',
      name: 'Onboarding a new starter',
      description: 'Everything a new colleague needs on day one',
      kind: 'service-request',
      form: {
        type: 'object',
        required: ['starterName', 'startDate', 'department', 'managerEmail'],
        additionalProperties: false,
        properties: {
          starterName: text(200, 'Name'),
          startDate: { type: 'string', format: 'date' },
          department: text(100, 'Department'),
          managerEmail: { type: 'string', format: 'email' },
        },
      },
      category: 'onboarding',
      group: 'hr-onboarding',
      impact: 3,
      urgency: 3,
    },
  ],
};
