import { compileRules } from '../application/contact-router';
import { classify as classifyWith, type ClassificationRule, type RequestTypes } from './classification';
import { ruleErrors } from './routing-rule.errors';
import { brokenForm, laptopForm, passwordForm } from './intake.fixtures';
import { changeIntakeSettings, DEFAULT_INTAKE_SETTINGS } from './intake-settings';
import { ValidationFailed } from '@deskstream/kernel';

const types = new Map([
  ['broken', brokenForm],
  ['new-laptop', laptopForm],
  ['password-reset', passwordForm],
]);

const rules: ClassificationRule[] = [
  { name: 'passwords are resets', when: { requestType: 'broken', keywords: ['password', 'locked out'] }, then: { requestType: 'password-reset' } },
  { name: 'vpn goes to network', when: { keywords: ['vpn'] }, then: { category: 'network', group: 'network-team' } },
  { name: 'whole site is urgent', when: { field: 'affects', equals: 'everyone' }, then: { impact: 1, urgency: 1 } },
];

const classify = (type: string, fields: Record<string, unknown>, rules: readonly ClassificationRule[], known: RequestTypes) =>
  classifyWith(type, fields, compileRules(rules), known);

describe('classification', () => {
  it('falls back to the request type defaults, saying so', () => {
    const result = classify('broken', { shortDescription: 'Printer jammed' }, rules, types);
    expect(result).toMatchObject({ requestType: 'broken', kind: 'incident', category: 'general', group: 'service-desk', impact: 3, urgency: 3 });
    expect(result.decisions).toEqual([
      { attribute: 'requestType', value: 'broken', rule: 'submitted' },
      { attribute: 'category', value: 'general', rule: 'default of broken' },
      { attribute: 'group', value: 'service-desk', rule: 'default of broken' },
      { attribute: 'impact', value: 3, rule: 'default of broken' },
      { attribute: 'urgency', value: 3, rule: 'default of broken' },
    ]);
  });

  it('records the rule behind each decision', () => {
    const result = classify('broken', { shortDescription: 'VPN drops', affects: 'everyone' }, rules, types);
    expect(result).toMatchObject({ category: 'network', group: 'network-team', impact: 1, urgency: 1 });
    expect(result.decisions.map((d) => d.rule)).toEqual([
      'submitted',
      'vpn goes to network',
      'vpn goes to network',
      'whole site is urgent',
      'whole site is urgent',
    ]);
  });

  it('moves a submission to another request type, whose kind and defaults then apply', () => {
    const result = classify('broken', { shortDescription: 'Locked out of my account' }, rules, types);
    expect(result).toMatchObject({ requestType: 'password-reset', kind: 'service-request', category: 'access', group: 'identity' });
    expect(result.decisions[0]).toEqual({ attribute: 'requestType', value: 'password-reset', rule: 'passwords are resets' });
  });

  it('ignores a rule that names a request type the tenant does not have', () => {
    const result = classify('broken', { shortDescription: 'x' }, [{ name: 'r', when: { keywords: ['x'] }, then: { requestType: 'gone' } }], types);
    expect(result.requestType).toBe('broken');
  });

  it('refuses rules that cannot be applied, naming each', () => {
    const bad = [{ name: '', when: {}, then: { impact: 9 } }] as unknown as ClassificationRule[];
    expect(ruleErrors(bad).map((e) => e.field)).toEqual([
      'classificationRules/0/name',
      'classificationRules/0/when',
      'classificationRules/0/then/impact',
      'classificationRules/0/then/urgency',
    ]);
    expect(() => changeIntakeSettings(DEFAULT_INTAKE_SETTINGS, { duplicateWindowMinutes: -1 })).toThrow(ValidationFailed);
    expect(changeIntakeSettings(DEFAULT_INTAKE_SETTINGS, { alerts: { resolveOnRecovery: true } as never }).alerts).toEqual({
      stormWindowMinutes: 10,
      resolveOnRecovery: true,
    });
  });
});
