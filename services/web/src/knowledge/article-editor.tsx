import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ApiProblem } from '../api/problem';
import type { ArticleDraft } from './article-draft';

const AUDIENCES = [
  { value: 'internal', label: 'Internal (agents only)' },
  { value: 'requesters', label: 'Requesters (the portal too, once validated)' },
];

/** The article's fields in the KCS structure, with the API's field errors beside each one. */
export function ArticleEditor({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  initial: ArticleDraft;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit(draft: ArticleDraft): void;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState(initial);
  const messages = error instanceof ApiProblem ? error.fieldMessages('/') : {};
  const field = (name: keyof ArticleDraft) => ({
    value: draft[name],
    error: messages[name]?.join('; '),
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = event.currentTarget.value;
      setDraft((current) => ({ ...current, [name]: value }));
    },
  });
  return (
    <form
      aria-label="Article editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(draft);
      }}
    >
      <Stack>
        <TextInput label="Title" required {...field('title')} />
        <Textarea label="Problem (in the words of the person who had it)" required autosize minRows={2} {...field('problem')} />
        <Textarea label="Environment" autosize minRows={1} {...field('environment')} />
        <Textarea label="Cause" autosize minRows={1} {...field('cause')} />
        <Textarea label="Resolution (needed before submitting)" autosize minRows={3} {...field('resolution')} />
        <TextInput label="Keywords (comma-separated)" {...field('keywords')} />
        <Select
          label="Audience"
          data={AUDIENCES}
          value={draft.audience}
          allowDeselect={false}
          error={messages.audience?.join('; ')}
          onChange={(value) => setDraft((current) => ({ ...current, audience: value ?? current.audience }))}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
