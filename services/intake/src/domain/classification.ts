import type { FieldError } from '@deskstream/kernel';
import { isLevel, levelErrors, textErrors, type Level, type TicketKind } from './intake-levels';
import type { RequestTypeDefinition } from './request-type.decider';

/**
 * A tenant's classification rule: when every condition given holds, it sets what `then` names.
 * `field` + `equals` compares a form field; `keywords` matches any of the words in that field
 * (or in every text field when no field is named); `requestType` limits it to one form.
 */
export interface ClassificationRule {
  readonly name: string;
  readonly when: {
    readonly requestType?: string;
    readonly field?: string;
    readonly equals?: string | number | boolean;
    readonly keywords?: readonly string[];
  };
  readonly then: {
    readonly category?: string;
    readonly group?: string;
    readonly impact?: Level;
    readonly urgency?: Level;
    readonly requestType?: string;
  };
}

export type ClassifiedAttribute = 'category' | 'group' | 'impact' | 'urgency' | 'requestType';

export interface ClassificationDecision {
  readonly attribute: ClassifiedAttribute;
  readonly value: string | number | null;
  /** The rule's name, or `default of <request type>` when no rule decided. */
  readonly rule: string;
}

export interface Classification {
  readonly requestType: string;
  readonly kind: TicketKind;
  readonly category: string | null;
  readonly group: string | null;
  readonly impact: Level;
  readonly urgency: Level;
  readonly decisions: readonly ClassificationDecision[];
}

export type RequestTypes = ReadonlyMap<string, RequestTypeDefinition>;

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (value && typeof value === 'object') return Object.values(value).map(textOf).join(' ');
  return '';
}

function matches(rule: ClassificationRule, requestType: string, fields: Readonly<Record<string, unknown>>): boolean {
  const { when } = rule;
  if (when.requestType !== undefined && when.requestType !== requestType) return false;
  if (when.equals !== undefined && (when.field === undefined || fields[when.field] !== when.equals)) return false;
  if (when.keywords !== undefined) {
    const text = textOf(when.field === undefined ? fields : fields[when.field]).toLowerCase();
    if (!when.keywords.some((keyword) => text.includes(keyword.toLowerCase()))) return false;
  }
  return true;
}

/**
 * Applies the tenant's rules in order: first a rule may move the submission to another request type,
 * then each attribute is set by the first matching rule that sets it, or else by the request type's
 * default. Every decision records who made it, so a misclassification can be traced to its rule.
 */
export function classify(
  submittedType: string,
  fields: Readonly<Record<string, unknown>>,
  rules: readonly ClassificationRule[],
  types: RequestTypes,
): Classification {
  const retyping = rules.find((rule) => rule.then.requestType !== undefined && types.has(rule.then.requestType) && matches(rule, submittedType, fields));
  const requestType = retyping?.then.requestType ?? submittedType;
  const definition = types.get(requestType);
  if (!definition) throw new Error(`request type ${requestType} is not among the looked-up types`);
  const decisions: ClassificationDecision[] = [{ attribute: 'requestType', value: requestType, rule: retyping?.name ?? 'submitted' }];
  const decide = <A extends 'category' | 'group' | 'impact' | 'urgency'>(attribute: A, fallback: RequestTypeDefinition[A]) => {
    const rule = rules.find((r) => r.then[attribute] !== undefined && matches(r, requestType, fields));
    const value = (rule ? rule.then[attribute] : fallback) as RequestTypeDefinition[A];
    decisions.push({ attribute, value, rule: rule?.name ?? `default of ${requestType}` });
    return value;
  };
  const category = decide('category', definition.category);
  const group = decide('group', definition.group);
  const impact = decide('impact', definition.impact);
  const urgency = decide('urgency', definition.urgency);
  return { requestType, kind: definition.kind, category, group, impact, urgency, decisions };
}

export function ruleErrors(rules: readonly ClassificationRule[]): FieldError[] {
  return rules.flatMap((rule, i) => {
    const at = `classificationRules/${i}`;
    const errors = textErrors(`${at}/name`, rule.name, 100);
    const when = rule.when ?? {};
    const then = rule.then ?? {};
    if (Object.keys(when).length === 0) errors.push({ field: `${at}/when`, message: 'a rule needs at least one condition' });
    if (when.equals !== undefined && when.field === undefined) errors.push({ field: `${at}/when/field`, message: 'equals needs a field' });
    if (
      when.keywords !== undefined &&
      (!Array.isArray(when.keywords) || when.keywords.length === 0 || when.keywords.some((k) => typeof k !== 'string' || !k.trim()))
    ) {
      errors.push({ field: `${at}/when/keywords`, message: 'keywords must list non-empty words' });
    }
    if (Object.keys(then).length === 0) errors.push({ field: `${at}/then`, message: 'a rule must set something' });
    for (const attribute of ['impact', 'urgency'] as const) {
      if (then[attribute] !== undefined && !isLevel(then[attribute])) errors.push(...levelErrors(`${at}/then/${attribute}`, then[attribute]));
    }
    return errors;
  });
}
