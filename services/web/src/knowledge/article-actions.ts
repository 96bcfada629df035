import type { ActionSpec } from '../agent/incident-actions';

/**
 * The state changes of an article (KCS: work in progress, not validated, validated, archived), with
 * the form each asks for, named as in the API (`POST /knowledge/articles/{id}/{action}`). Editing has
 * its own form; feedback and ticket links are taken where articles are used.
 */
export const ARTICLE_ACTIONS: Record<string, ActionSpec> = {
  submit: { label: 'Submit for validation', fields: [] },
  validate: { label: 'Validate', fields: [] },
  archive: { label: 'Archive', fields: [{ name: 'reason', label: 'Reason', kind: 'textarea', required: true }] },
  flag: {
    label: 'Flag',
    fields: [
      { name: 'reason', label: 'Reason', kind: 'select', required: true, options: ['wrong', 'outdated', 'unclear'] },
      { name: 'comment', label: 'Comment', kind: 'textarea', required: true },
    ],
  },
  'resolve-flag': {
    label: 'Resolve a flag',
    fields: [
      { name: 'flagId', label: 'Flag', kind: 'select', required: true, optionsFrom: 'openFlags' },
      { name: 'comment', label: 'What was done about it', kind: 'textarea', required: true },
    ],
  },
};
