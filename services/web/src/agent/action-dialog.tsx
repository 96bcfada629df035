import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ApiProblem } from '../api/problem';
import { GroupMemberSelect } from './group-member-select';
import type { ActionSpec } from './incident-actions';

/** The form of one action, with the API's field errors beside their fields. */
export function ActionDialog({
  spec,
  options,
  error,
  busy,
  onSubmit,
  onClose,
}: {
  spec: ActionSpec;
  options: Record<string, readonly string[]>;
  error: unknown;
  busy: boolean;
  onSubmit(values: Record<string, string>): void;
  onClose(): void;
}) {
  const [values, setValues] = useState<Record<string, string>>({});
  const messages = error instanceof ApiProblem ? error.fieldMessages('/') : {};
  const set = (name: string) => (value: string | null) => setValues((v) => ({ ...v, [name]: value ?? '' }));
  return (
    <Modal opened onClose={onClose} title={spec.label}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(values);
        }}
      >
        <Stack>
          {spec.fields.map((field) => {
            const common = { label: field.label, required: field.required, error: messages[field.name]?.join('; ') };
            if (field.kind === 'select') {
              const data = field.options ?? (field.optionsFrom ? options[field.optionsFrom] : []) ?? [];
              return <Select key={field.name} {...common} data={[...data]} value={values[field.name] ?? null} onChange={set(field.name)} />;
            }
            if (field.kind === 'member') {
              return (
                <GroupMemberSelect
                  key={field.name}
                  label={field.label}
                  error={common.error}
                  group={values[field.membersOf ?? ''] ?? ''}
                  value={values[field.name] || null}
                  onChange={set(field.name)}
                />
              );
            }
            if (field.kind === 'textarea') {
              return <Textarea key={field.name} {...common} value={values[field.name] ?? ''} onChange={(e) => set(field.name)(e.currentTarget.value)} />;
            }
            return <TextInput key={field.name} {...common} value={values[field.name] ?? ''} onChange={(e) => set(field.name)(e.currentTarget.value)} />;
          })}
          {error instanceof Error && Object.keys(messages).length === 0 && (
            <div role="alert" style={{ color: 'var(--mantine-color-red-9)' }}>
              {error instanceof ApiProblem ? `${error.title}: ${error.detail ?? ''}` : error.message}
            </div>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Back
            </Button>
            <Button type="submit" loading={busy}>
              {spec.label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
