import type { ActionSpec } from './incident-actions';

const omitEmpty = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));

/** The form each service request action asks for, named as in the API (`POST /requests/{id}/{action}`). */
export const REQUEST_ACTIONS: Record<string, ActionSpec> = {
  submit: { label: 'Submit', fields: [] },
  approve: { label: 'Approve', fields: [{ name: 'comment', label: 'Comment', kind: 'textarea' }], body: omitEmpty },
  reject: { label: 'Reject', fields: [{ name: 'reason', label: 'Reason', kind: 'textarea', required: true }] },
  assign: {
    label: 'Assign',
    fields: [
      { name: 'group', label: 'Group', kind: 'text', required: true },
      { name: 'assignee', label: 'Assignee', kind: 'member', membersOf: 'group' },
    ],
    body: omitEmpty,
  },
  'add-task': {
    label: 'Add task',
    fields: [
      { name: 'title', label: 'Task', kind: 'text', required: true },
      { name: 'assignee', label: 'Assignee', kind: 'text', required: true },
      { name: 'assignmentGroup', label: 'Group', kind: 'text' },
    ],
    body: omitEmpty,
  },
  'complete-task': {
    label: 'Complete task',
    fields: [
      { name: 'taskId', label: 'Task', kind: 'select', required: true, optionsFrom: 'openTasks' },
      { name: 'notes', label: 'Notes', kind: 'textarea' },
    ],
    body: omitEmpty,
  },
  fulfil: { label: 'Fulfil', fields: [{ name: 'notes', label: 'Fulfilment notes', kind: 'textarea' }], body: omitEmpty },
  close: { label: 'Close', fields: [] },
  cancel: { label: 'Cancel request', fields: [{ name: 'reason', label: 'Reason', kind: 'textarea', required: true }] },
};
