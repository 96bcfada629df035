import { assertNever, NotFound, ValidationFailed, type Decider, type Message } from '@deskstream/kernel';
import { DEFAULT_DEFINITIONS } from './default-definitions';
import type { SlaDefinition, SlaDefinitionSpec } from './sla-definition.model';
import { definitionErrors, definitionWarnings } from './sla-definition.rules';
import { upcastDefinition } from './sla-definition.upcast';

/** The tenant's definitions (one stream per tenant): each save is a new version of one definition. */
export type SlaDefinitionSaved = Message<
  'SlaDefinitionSaved',
  { readonly definition: SlaDefinition; readonly warnings: readonly string[]; readonly by: string; readonly at: string }
>;
export type SlaDefinitionRetired = Message<'SlaDefinitionRetired', { readonly id: string; readonly version: number; readonly by: string; readonly at: string }>;
export type SlaDefinitionEvent = SlaDefinitionSaved | SlaDefinitionRetired;

export type SaveDefinition = Message<
  'SaveDefinition',
  { readonly definition: SlaDefinitionSpec; readonly knownCalendars: readonly string[]; readonly by: string; readonly at: string }
>;
export type RetireDefinition = Message<'RetireDefinition', { readonly id: string; readonly by: string; readonly at: string }>;
/** A new tenant's template: its definitions are in force instead of the shipped ones. */
export type AdoptTemplateDefinitions = Message<
  'AdoptTemplateDefinitions',
  { readonly definitions: readonly SlaDefinitionSpec[]; readonly knownCalendars: readonly string[]; readonly by: string; readonly at: string }
>;
export type SlaDefinitionCommand = SaveDefinition | RetireDefinition | AdoptTemplateDefinitions;

/** `defaults`: the tenant never changed anything, the shipped definitions are in force. */
export type SlaDefinitionsState =
  | { readonly status: 'defaults' }
  | { readonly status: 'customised'; readonly definitions: Readonly<Record<string, SlaDefinition>>; readonly retired: Readonly<Record<string, number>> };

const DEFAULTS: Record<string, SlaDefinition> = Object.fromEntries(DEFAULT_DEFINITIONS.map((d) => [d.id, d]));

const customised = (state: SlaDefinitionsState) => (state.status === 'defaults' ? { definitions: DEFAULTS, retired: {} as Record<string, number> } : state);

/** The definitions in force: the shipped ones the tenant did not retire, and its own, each at its latest version. */
export function definitionsInForce(state: SlaDefinitionsState): SlaDefinition[] {
  const { definitions, retired } = customised(state);
  return Object.values(definitions).filter((d) => !(d.id in retired));
}

/** The version a definition had last, retired or not (0 for a shipped default, -1 for none). */
function lastVersion(state: SlaDefinitionsState, id: string): number {
  const { definitions, retired } = customised(state);
  return Math.max(definitions[id]?.version ?? -1, retired[id] ?? -1);
}

/**
 * A template replaces the shipped definitions only on a tenant that never changed any: once the
 * tenant's definitions are its own (the template already adopted, or the admin was first), a template
 * changes nothing, so a redelivered onboarding is no second effect. Each bad definition is named by
 * its place in the template (`definitions.<i>.<field>`).
 */
function adoptTemplate({ definitions, knownCalendars, by, at }: AdoptTemplateDefinitions['data'], state: SlaDefinitionsState): SlaDefinitionEvent[] {
  if (state.status !== 'defaults') return [];
  const errors = definitions.flatMap((definition, i) =>
    definitionErrors(definition, knownCalendars).map((error) => ({ ...error, field: `definitions.${i}.${error.field}` })),
  );
  if (errors.length > 0) throw new ValidationFailed(errors);
  const adopted = new Set(definitions.map((definition) => definition.id));
  return [
    ...definitions.map((definition): SlaDefinitionEvent => {
      const version = Math.max(lastVersion(state, definition.id), 0) + 1;
      return { type: 'SlaDefinitionSaved', data: { definition: { ...definition, version }, warnings: definitionWarnings(definition), by, at } };
    }),
    ...DEFAULT_DEFINITIONS.filter((shipped) => !adopted.has(shipped.id)).map((shipped): SlaDefinitionEvent => ({
      type: 'SlaDefinitionRetired',
      data: { id: shipped.id, version: shipped.version + 1, by, at },
    })),
  ];
}

function decide(command: SlaDefinitionCommand, state: SlaDefinitionsState): SlaDefinitionEvent[] {
  switch (command.type) {
    case 'SaveDefinition': {
      const { definition, knownCalendars, by, at } = command.data;
      const errors = definitionErrors(definition, knownCalendars);
      if (errors.length > 0) throw new ValidationFailed(errors);
      // A shipped default is version 0, so the tenant's first version of any definition is 1.
      const version = Math.max(lastVersion(state, definition.id), 0) + 1;
      return [{ type: 'SlaDefinitionSaved', data: { definition: { ...definition, version }, warnings: definitionWarnings(definition), by, at } }];
    }
    case 'RetireDefinition': {
      const { id, by, at } = command.data;
      if (!definitionsInForce(state).some((d) => d.id === id)) throw new NotFound('SLA definition', id);
      return [{ type: 'SlaDefinitionRetired', data: { id, version: lastVersion(state, id) + 1, by, at } }];
    }
    case 'AdoptTemplateDefinitions':
      return adoptTemplate(command.data, state);
    default:
      return assertNever(command, 'SLA definition command');
  }
}

function evolve(state: SlaDefinitionsState, event: SlaDefinitionEvent): SlaDefinitionsState {
  const { definitions, retired } = customised(state);
  switch (event.type) {
    case 'SlaDefinitionSaved': {
      const definition = upcastDefinition(event.data.definition);
      const { [definition.id]: _unretired, ...stillRetired } = retired;
      return { status: 'customised', definitions: { ...definitions, [definition.id]: definition }, retired: stillRetired };
    }
    case 'SlaDefinitionRetired':
      return { status: 'customised', definitions, retired: { ...retired, [event.data.id]: event.data.version } };
    default:
      return assertNever(event, 'SLA definition event');
  }
}

export const slaDefinitionsDecider: Decider<SlaDefinitionCommand, SlaDefinitionEvent, SlaDefinitionsState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'defaults' }),
};
