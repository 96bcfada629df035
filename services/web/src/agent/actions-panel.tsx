import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../ui/problem-alert';
import type { ActionSpec } from './incident-actions';

/**
 * The actions a record's status allows the caller (its `allowedActions` that the page has a form
 * for), as buttons: one without fields runs at once, one with fields opens its dialog. Disabled while
 * the page shows the record as it stood (As of).
 */
export function ActionsPanel({
  headingId,
  names,
  specs,
  disabled,
  error,
  onRun,
  onOpen,
}: {
  headingId: string;
  names: readonly string[];
  specs: Readonly<Record<string, ActionSpec>>;
  disabled: boolean;
  /** The last failed action's problem, shown here while no dialog is open. */
  error: unknown;
  onRun(name: string): void;
  onOpen(name: string): void;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="xs">
        Actions
      </Title>
      <Group gap="xs">
        {names.length === 0 && <Text size="sm">No action is allowed in this status.</Text>}
        {names.map((name) => (
          <Button key={name} size="sm" variant="light" disabled={disabled} onClick={() => (specs[name]!.fields.length === 0 ? onRun(name) : onOpen(name))}>
            {specs[name]!.label}
          </Button>
        ))}
      </Group>
      <ProblemAlert error={error} />
    </Paper>
  );
}
