import { compileRules } from '../application/contact-router';
import { alertContact } from './alert-correlation.decider';
import { classify, formContact } from './classification';
import { alert, brokenForm } from './intake.fixtures';
import { mailContact } from './mail.rules';
import { ruleErrors } from './routing-rule.errors';
import { route, ROUTING_LIMITS, type Contact, type RoutingRule } from './routing.rules';

const none = { values: { category: null, group: null, impact: null, urgency: null }, origin: 'no rule' };
/** The rules as intake compiles them: the specification holds for the search intake runs. */
const routed = (contact: Contact, rules: readonly RoutingRule[]) => route(contact, compileRules(rules), none);
const groupOf = (contact: Contact, rules: readonly RoutingRule[]) => routed(contact, rules).group;

const hrDesk = { address: 'hr@acme.example', requestType: 'payroll question' };
const itDesk = { address: 'it@acme.example', requestType: 'something is broken' };
const mail = (from: string, subject: string, desk = itDesk, text = '') => mailContact(from, desk, subject, text);
const chat = (shortDescription: string, service: string | null = null): Contact => ({
  channel: 'chat',
  requestType: null,
  fields: { shortDescription, description: '', conversation: 'hello' },
  senderDomain: null,
  mailbox: null,
  labels: {},
  service,
});

const rules: RoutingRule[] = [
  { name: 'the HR desk', when: { mailbox: 'HR@acme.example' }, then: { group: 'hr' } },
  { name: 'partners', when: { senderDomain: 'partner.example' }, then: { group: 'partner-desk', impact: 3, urgency: 2 } },
  {
    name: 'production pages',
    when: { channels: ['monitoring'], alertLabel: { name: 'env', equals: 'production' } },
    then: { group: 'sre', impact: 1, urgency: 1 },
  },
  { name: 'vpn', when: { keywords: ['VPN'] }, then: { group: 'network', category: 'network' } },
  { name: 'checkout', when: { service: 'checkout' }, then: { group: 'payments' } },
];

describe('routing rules on every channel', () => {
  describe('email', () => {
    it('routes mail to a desk by the desk it was sent to', () => {
      expect(groupOf(mail('pat@customer.example', 'Payslip missing', hrDesk), rules)).toBe('hr');
    });

    it('routes by the sender domain, its subdomains included, but not a look-alike domain', () => {
      expect(routed(mail('a@partner.example', 'Hello'), rules)).toMatchObject({ group: 'partner-desk', impact: 3, urgency: 2, category: null });
      expect(groupOf(mail('a@eu.Partner.example', 'Hello'), rules)).toBe('partner-desk');
      expect(groupOf(mail('a@notpartner.example', 'Hello'), rules)).toBeNull();
    });

    it('routes by keywords in the subject or the text, case-insensitively', () => {
      expect(groupOf(mail('a@b.example', 'Cannot connect', itDesk, 'the vpn drops'), rules)).toBe('network');
    });

    it('leaves a mail no rule routes without a group, saying so', () => {
      expect(routed(mail('a@b.example', 'Printer'), rules).decisions).toContainEqual({ attribute: 'group', value: null, rule: 'no rule' });
    });
  });

  describe('chat', () => {
    it('routes a chat by its conversation and by the service the agent named', () => {
      expect(groupOf(chat('VPN down'), rules)).toBe('network');
      expect(groupOf(chat('Cannot pay', 'Checkout'), rules)).toBe('payments');
    });
  });

  describe('alerts', () => {
    it('routes an alert by a label, and only on the channels a rule names', () => {
      const production = alert('fp', { labels: { env: 'production' }, service: null });
      expect(routed(alertContact(production), rules)).toMatchObject({ group: 'sre', impact: 1 });
      expect(groupOf(mail('a@b.example', 'env production'), rules)).toBeNull();
    });

    it('routes an alert by its service', () => {
      expect(groupOf(alertContact(alert('fp')), rules)).toBe('payments');
    });
  });

  describe('portal and phone', () => {
    it('routes a form by its fields, with the request type defaults where no rule decides', () => {
      const types = new Map([['broken', brokenForm]]);
      expect(classify('broken', { shortDescription: 'VPN drops' }, compileRules(rules), types, 'phone')).toMatchObject({
        group: 'network',
        category: 'network',
      });
      expect(classify('broken', { shortDescription: 'x', service: 'checkout' }, compileRules(rules), types)).toMatchObject({ group: 'payments' });
      const onlyMail: RoutingRule[] = [{ name: 'mail', when: { channels: ['email'], keywords: ['x'] }, then: { group: 'mail-desk' } }];
      expect(classify('broken', { shortDescription: 'x' }, compileRules(onlyMail), types, 'portal').group).toBe('service-desk');
      expect(formContact('broken', { service: 7 }, 'api').service).toBeNull();
    });
  });

  it('takes the first rule that sets each attribute, in the tenant order', () => {
    const ordered: RoutingRule[] = [
      { name: 'first', when: { keywords: ['vpn'] }, then: { category: 'first' } },
      { name: 'second', when: { keywords: ['vpn'] }, then: { category: 'second', group: 'second' } },
    ];
    expect(routed(chat('vpn'), ordered)).toMatchObject({ category: 'first', group: 'second' });
  });
});

describe('routing rules a tenant may save', () => {
  it('refuses unknown conditions and outcomes, bad channels and labels, naming each field', () => {
    const bad = [
      { name: 'r', when: { regex: '(a+)+$', channels: ['fax'], alertLabel: { name: 'env' } }, then: { group: '', queue: 'x' } },
    ] as unknown as RoutingRule[];
    expect(ruleErrors(bad).map((e) => e.field)).toEqual([
      'classificationRules/0/when/regex',
      'classificationRules/0/when/channels',
      'classificationRules/0/when/alertLabel/equals',
      'classificationRules/0/then/queue',
      'classificationRules/0/then/group',
    ]);
  });

  it('takes impact and urgency only together, as a ticket needs both for its priority', () => {
    const half = [{ name: 'r', when: { keywords: ['x'] }, then: { urgency: 1 } }] as RoutingRule[];
    expect(ruleErrors(half)).toEqual([{ field: 'classificationRules/0/then/impact', message: 'impact and urgency go together' }]);
  });

  it('bounds the number of rules, of keywords and their length, and of keywords in all', () => {
    const rule = (i: number): RoutingRule => ({ name: `r${i}`, when: { keywords: ['x'] }, then: { group: 'g' } });
    expect(ruleErrors(Array.from({ length: ROUTING_LIMITS.rules }, (_, i) => rule(i)))).toEqual([]);
    expect(ruleErrors(Array.from({ length: ROUTING_LIMITS.rules + 1 }, (_, i) => rule(i))).map((e) => e.field)).toEqual(['classificationRules']);
    const many = { name: 'r', when: { keywords: Array.from({ length: ROUTING_LIMITS.keywords + 1 }, (_, i) => `k${i}`) }, then: { group: 'g' } };
    const long = { name: 'r', when: { keywords: ['k'.repeat(ROUTING_LIMITS.keywordLength + 1)] }, then: { group: 'g' } };
    expect(ruleErrors([many, long]).map((e) => e.field)).toEqual(['classificationRules/0/when/keywords', 'classificationRules/1/when/keywords']);
    const full = (r: number): RoutingRule => ({
      name: `r${r}`,
      when: { keywords: Array.from({ length: ROUTING_LIMITS.keywords }, (_, k) => `k${r}-${k}`) },
      then: { group: 'g' },
    });
    const rulesFor = (keywords: number) => Array.from({ length: keywords / ROUTING_LIMITS.keywords }, (_, r) => full(r));
    expect(ruleErrors(rulesFor(ROUTING_LIMITS.keywordsInAll))).toEqual([]);
    expect(ruleErrors([...rulesFor(ROUTING_LIMITS.keywordsInAll), rule(0)]).map((e) => e.field)).toEqual(['classificationRules']);
  });

  it('finds overlapping keywords and keywords inside words, as a search for each would', () => {
    const overlapping: RoutingRule[] = [
      { name: 'long', when: { keywords: ['locked out'] }, then: { category: 'access' } },
      { name: 'short', when: { keywords: ['out'] }, then: { group: 'outages' } },
      { name: 'inside', when: { keywords: ['vpn'] }, then: { impact: 2, urgency: 2 } },
    ];
    expect(routed(mail('a@b.example', 'LOCKED OUT of myvpnclient'), overlapping)).toMatchObject({ category: 'access', group: 'outages', impact: 2 });
  });

  it('looks for keywords only in the first part of a long text', () => {
    const rule: RoutingRule = { name: 'late', when: { keywords: ['needle'] }, then: { group: 'found' } };
    const text = `${'a'.repeat(ROUTING_LIMITS.searchedText)} needle`;
    expect(groupOf(mail('a@b.example', 'x', itDesk, text), [rule])).toBeNull();
    expect(groupOf(mail('a@b.example', 'x', itDesk, `needle ${text}`), [rule])).toBe('found');
  });
});
