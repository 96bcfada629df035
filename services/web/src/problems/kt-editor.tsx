import { Button, Group, NativeSelect, Stack, Table, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { KT_COLUMNS, KT_DIMENSIONS, withNewCause, type KtAnswer, type KtColumn, type KtDimension, type KtDraft } from './kt-worksheet';

const COLUMN_LABELS: Record<KtColumn, string> = { is: 'Is', isNot: 'Is not', distinctions: 'Distinctions', changes: 'Changes' };
const ANSWERS = [
  { value: 'untested', label: 'Not tested' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** The worksheet as a form: the IS / IS NOT specification, then each candidate cause tested against it. */
export function KtEditor({ initial, busy, onSave, onCancel }: { initial: KtDraft; busy: boolean; onSave(draft: KtDraft): void; onCancel(): void }) {
  const [draft, setDraft] = useState(initial);
  const setCell = (dimension: KtDimension, column: KtColumn, value: string) =>
    setDraft((d) => ({ ...d, rows: { ...d.rows, [dimension]: { ...d.rows[dimension], [column]: value } } }));
  const setCause = (index: number, change: (cause: KtDraft['causes'][number]) => KtDraft['causes'][number]) =>
    setDraft((d) => ({ ...d, causes: d.causes.map((cause, i) => (i === index ? change(cause) : cause)) }));
  return (
    <form
      aria-label="Kepner-Tregoe worksheet editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
      }}
    >
      <Stack>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Dimension</Table.Th>
              {KT_COLUMNS.map((column) => (
                <Table.Th key={column} scope="col">
                  {COLUMN_LABELS[column]}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {KT_DIMENSIONS.map((dimension) => (
              <Table.Tr key={dimension}>
                <Table.Th scope="row">{dimension}</Table.Th>
                {KT_COLUMNS.map((column) => (
                  <Table.Td key={column}>
                    <Textarea
                      aria-label={`${dimension}: ${COLUMN_LABELS[column]}`}
                      placeholder="Needs data (or n/a: why)"
                      autosize
                      minRows={1}
                      value={draft.rows[dimension][column]}
                      onChange={(e) => setCell(dimension, column, e.currentTarget.value)}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Title order={3} size="h5">
          Candidate causes
        </Title>
        {draft.causes.map((cause, index) => (
          <Stack key={cause.causeId} gap="xs" component="fieldset" aria-label={`Cause ${cause.causeId}`}>
            <TextInput
              label={`Cause ${cause.causeId}`}
              value={cause.description}
              onChange={(e) => {
                const description = e.currentTarget.value;
                setCause(index, (c) => ({ ...c, description }));
              }}
            />
            <Group gap="xs">
              {KT_DIMENSIONS.map((dimension) =>
                (['is', 'isNot'] as const).map((side) => (
                  <NativeSelect
                    key={`${dimension}-${side}`}
                    size="xs"
                    label={`${dimension}: explains the ${side === 'is' ? 'IS' : 'IS NOT'}`}
                    data={ANSWERS}
                    value={cause.tests[dimension][side]}
                    onChange={(e) => {
                      const answer = e.currentTarget.value as KtAnswer;
                      setCause(index, (c) => ({ ...c, tests: { ...c.tests, [dimension]: { ...c.tests[dimension], [side]: answer } } }));
                    }}
                  />
                )),
              )}
            </Group>
          </Stack>
        ))}
        <Group justify="space-between">
          <Button variant="default" onClick={() => setDraft(withNewCause)}>
            Add a cause
          </Button>
          <Group>
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Save worksheet
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
