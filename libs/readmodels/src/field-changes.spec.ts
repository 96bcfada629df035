import { fieldChanges } from './field-changes';

describe('fieldChanges', () => {
  it('lists each changed leaf as a dotted path, from the old value to the new', () => {
    expect(
      fieldChanges({ status: 'new', assignment: { group: 'desk', assignee: null } }, { status: 'assigned', assignment: { group: 'network', assignee: null } }),
    ).toEqual([
      { field: 'status', from: 'new', to: 'assigned' },
      { field: 'assignment.group', from: 'desk', to: 'network' },
    ]);
  });

  it('reads a record that did not exist as empty, and leaves out fields that stay without a value', () => {
    expect(fieldChanges(null, { reference: 'INC0001001', service: null, noteIds: [], category: undefined })).toEqual([
      { field: 'reference', from: null, to: 'INC0001001' },
    ]);
  });

  it('compares lists whole', () => {
    expect(fieldChanges({ tags: ['a'] }, { tags: ['a', 'b'] })).toEqual([{ field: 'tags', from: ['a'], to: ['a', 'b'] }]);
    expect(fieldChanges({ tags: ['a'] }, { tags: [] })).toEqual([{ field: 'tags', from: ['a'], to: null }]);
  });
});
