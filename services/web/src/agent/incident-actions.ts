/** The form each incident action asks for, named as in the API (`POST /incidents/{id}/{action}`). */
export interface ActionField {
  readonly name: string;
  readonly label: string;
  /** `member`: a select of the people of the group named by the field `membersOf`, offered once a group is chosen. */
  readonly kind: 'text' | 'textarea' | 'select' | 'member';
  readonly required?: boolean;
  readonly options?: readonly string[];
  /** Options read from the record or the tenant's settings: closing categories, a request's open tasks, an article's open flags. */
  readonly optionsFrom?: 'closingCategories' | 'openTasks' | 'openFlags';
  readonly membersOf?: string;
}

export interface ActionSpec {
  readonly label: string;
  readonly fields: readonly ActionField[];
  /** Turns the form's values into the request body, when the body is not the values as they are. */
  readonly body?: (values: Record<string, string>) => Record<string, unknown>;
}

const reason: ActionField = { name: 'reason', label: 'Reason', kind: 'textarea', required: true };
const level = (name: string, label: string): ActionField => ({ name, label, kind: 'select', required: true, options: ['1', '2', '3'] });
const omitEmpty = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));

export const ACTIONS: Record<string, ActionSpec> = {
  assign: {
    label: 'Assign',
    fields: [
      { name: 'group', label: 'Group', kind: 'text', required: true },
      { name: 'assignee', label: 'Assignee', kind: 'member', membersOf: 'group' },
    ],
    body: omitEmpty,
  },
  start: { label: 'Start work', fields: [] },
  hold: {
    label: 'Put on hold',
    fields: [
      { name: 'reason', label: 'Reason', kind: 'select', required: true, options: ['awaiting-caller', 'awaiting-third-party', 'awaiting-change'] },
      { name: 'thirdParty', label: 'Third party (when awaiting one)', kind: 'text' },
    ],
    body: omitEmpty,
  },
  resume: { label: 'Resume', fields: [] },
  classify: {
    label: 'Classify',
    fields: [level('impact', 'Impact (1 = high)'), level('urgency', 'Urgency (1 = high)'), { name: 'category', label: 'Category', kind: 'text' }],
    body: (v) => ({ ...omitEmpty(v), impact: Number(v.impact), urgency: Number(v.urgency) }),
  },
  escalate: {
    label: 'Escalate',
    fields: [
      { name: 'kind', label: 'Kind', kind: 'select', required: true, options: ['functional', 'hierarchical'] },
      { name: 'group', label: 'Group of the next tier (functional)', kind: 'text' },
      { name: 'manager', label: 'Manager to notify (hierarchical)', kind: 'text' },
      reason,
    ],
    body: omitEmpty,
  },
  resolve: {
    label: 'Resolve',
    fields: [
      { name: 'closingCategory', label: 'Closing category', kind: 'select', required: true, optionsFrom: 'closingCategories' },
      { name: 'notes', label: 'Resolution notes', kind: 'textarea', required: true },
    ],
  },
  'accept-resolution': { label: 'Accept resolution', fields: [] },
  'reject-resolution': { label: 'Reject resolution', fields: [reason] },
  close: { label: 'Close', fields: [] },
  reopen: { label: 'Reopen', fields: [reason] },
  cancel: { label: 'Cancel incident', fields: [reason] },
  'declare-major': {
    label: 'Declare major incident',
    fields: [{ name: 'manager', label: 'Major-incident manager', kind: 'text', required: true }, reason],
  },
  'stakeholder-update': {
    label: 'Stakeholder update',
    fields: [
      { name: 'audience', label: 'Audience', kind: 'text', required: true },
      { name: 'message', label: 'Message', kind: 'textarea', required: true },
    ],
  },
  'link-child': { label: 'Link child incident', fields: [{ name: 'child', label: 'Child incident (reference)', kind: 'text', required: true }] },
  'post-incident-review': {
    label: 'Post-incident review',
    fields: [
      { name: 'whatWentWrong', label: 'What went wrong', kind: 'textarea', required: true },
      { name: 'action', label: 'Improvement action', kind: 'text', required: true },
      { name: 'owner', label: 'Owner of the action', kind: 'text', required: true },
    ],
    body: (v) => ({ whatWentWrong: v.whatWentWrong, actions: [{ description: v.action, owner: v.owner }] }),
  },
};
