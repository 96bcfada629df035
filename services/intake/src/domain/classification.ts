import type { Channel, Level, TicketKind } from './intake-levels';
import type { RequestTypeDefinition } from './request-type.decider';
import { holdingRules, route, type Contact, type RoutingDecision, type RoutingRule, type RuleSet } from './routing.rules';

/**
 * A tenant's classification and routing rule: when every condition given holds, it sets what `then`
 * names. The same rules route every channel (see `routing.rules.ts`); only a form's submission can be
 * moved to another request type.
 */
export type ClassificationRule = RoutingRule;

export type ClassifiedAttribute = RoutingDecision['attribute'];
export type ClassificationDecision = RoutingDecision;

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

/** A form's submission as a contact: a form field named `service` names the service it is about. */
export function formContact(requestType: string, fields: Readonly<Record<string, unknown>>, channel: Channel): Contact {
  const service = typeof fields['service'] === 'string' ? fields['service'] : null;
  return { channel, requestType, fields, senderDomain: null, mailbox: null, labels: {}, service };
}

/**
 * Applies the tenant's rules in order: first a rule may move the submission to another request type,
 * then each attribute is set by the first matching rule that sets it, or else by the request type's
 * default. Every decision records who made it, so a misclassification can be traced to its rule.
 */
export function classify(
  submittedType: string,
  fields: Readonly<Record<string, unknown>>,
  ruleSet: RuleSet,
  types: RequestTypes,
  channel: Channel = 'portal',
): Classification {
  const submitted = formContact(submittedType, fields, channel);
  const [retyping] = holdingRules(submitted, ruleSet, (rule) => rule.then.requestType !== undefined && types.has(rule.then.requestType));
  const requestType = retyping?.then.requestType ?? submittedType;
  const definition = types.get(requestType);
  if (!definition) throw new Error(`request type ${requestType} is not among the looked-up types`);
  const { category, group, impact, urgency } = definition;
  const routed = route({ ...submitted, requestType }, ruleSet, { values: { category, group, impact, urgency }, origin: `default of ${requestType}` });
  return {
    requestType,
    kind: definition.kind,
    category: routed.category,
    group: routed.group,
    impact: routed.impact ?? impact,
    urgency: routed.urgency ?? urgency,
    decisions: [{ attribute: 'requestType', value: requestType, rule: retyping?.name ?? 'submitted' }, ...routed.decisions],
  };
}
