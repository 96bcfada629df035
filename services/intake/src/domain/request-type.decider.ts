import { AlreadyExists, assertNever, NotFound, ValidationFailed, type Decider, type FieldError, type Message } from '@deskstream/kernel';
import { levelErrors, textErrors, TICKET_KINDS, type Level, type TicketKind } from './intake-levels';

/** Request type ids are slugs so that they read well in URLs and rules (`password-reset`). */
const REQUEST_TYPE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** A form a tenant offers: what kind of ticket it makes, the JSON Schema of its fields and its defaults. */
export interface RequestTypeDefinition {
  readonly name: string;
  readonly description: string;
  readonly kind: TicketKind;
  /** JSON Schema (draft 2020-12 subset ajv supports) of the submission's `fields`; always an object schema. */
  readonly form: Readonly<Record<string, unknown>>;
  readonly category: string | null;
  readonly group: string | null;
  readonly impact: Level;
  readonly urgency: Level;
}

interface Issued {
  readonly requestTypeId: string;
  readonly definition: RequestTypeDefinition;
  readonly by: string;
  readonly at: string;
}

export type DefineRequestType = Message<'DefineRequestType', Issued>;
export type ReviseRequestType = Message<'ReviseRequestType', Issued>;
export type RequestTypeCommand = DefineRequestType | ReviseRequestType;

type Versioned = RequestTypeDefinition & { readonly requestTypeId: string; readonly version: number; readonly by: string; readonly at: string };
export type RequestTypeDefined = Message<'RequestTypeDefined', Versioned>;
export type RequestTypeRevised = Message<'RequestTypeRevised', Versioned>;
export type RequestTypeEvent = RequestTypeDefined | RequestTypeRevised;
export const REQUEST_TYPE_EVENT_TYPES = ['RequestTypeDefined', 'RequestTypeRevised'] as const;

export type RequestTypeState =
  | { readonly status: 'none' }
  | { readonly status: 'active'; readonly requestTypeId: string; readonly version: number; readonly definition: RequestTypeDefinition };

export function definitionErrors(requestTypeId: string, definition: RequestTypeDefinition): FieldError[] {
  const errors: FieldError[] = [
    ...textErrors('name', definition.name, 100),
    ...textErrors('description', definition.description, 1000, false),
    ...textErrors('category', definition.category, 100, false),
    ...textErrors('group', definition.group, 100, false),
    ...levelErrors('impact', definition.impact),
    ...levelErrors('urgency', definition.urgency),
  ];
  if (!REQUEST_TYPE_ID.test(requestTypeId)) errors.push({ field: 'id', message: 'id must be a lower-case slug such as password-reset' });
  if (!TICKET_KINDS.includes(definition.kind)) errors.push({ field: 'kind', message: `kind must be one of ${TICKET_KINDS.join(', ')}` });
  const form = definition.form as { type?: unknown } | null;
  if (typeof form !== 'object' || form === null || Array.isArray(form) || form.type !== 'object') {
    errors.push({ field: 'form', message: 'form must be a JSON Schema of type object' });
  }
  return errors;
}

const sameDefinition = (a: RequestTypeDefinition, b: RequestTypeDefinition): boolean => JSON.stringify(a) === JSON.stringify(b);

function versioned(command: RequestTypeCommand, version: number): Versioned {
  const { requestTypeId, definition, by, at } = command.data;
  return { requestTypeId, version, ...definition, by, at };
}

export type ActiveRequestType = Extract<RequestTypeState, { status: 'active' }>;

/** A request type as its latest definition or revision leaves it: active, at that event's version. */
export function activeRequestType(event: RequestTypeEvent): ActiveRequestType {
  const { requestTypeId, version, by: _by, at: _at, ...definition } = event.data;
  return { status: 'active', requestTypeId, version, definition };
}

/** Request types are versioned: a revision makes version n+1, and each submission records the version it used. */
export const requestTypeDecider: Decider<RequestTypeCommand, RequestTypeEvent, RequestTypeState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    const errors = definitionErrors(command.data.requestTypeId, command.data.definition);
    if (errors.length > 0) throw new ValidationFailed(errors);
    switch (command.type) {
      case 'DefineRequestType':
        if (state.status !== 'none') throw new AlreadyExists('Request type', command.data.requestTypeId);
        return [{ type: 'RequestTypeDefined', data: versioned(command, 1) }];
      case 'ReviseRequestType':
        if (state.status === 'none') throw new NotFound('Request type', command.data.requestTypeId);
        if (sameDefinition(state.definition, command.data.definition)) return [];
        return [{ type: 'RequestTypeRevised', data: versioned(command, state.version + 1) }];
      default:
        return assertNever(command, 'request type command');
    }
  },
  evolve: (_state, event) => activeRequestType(event),
};
