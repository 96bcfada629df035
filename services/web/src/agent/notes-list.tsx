import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconLock, IconMessageCircle } from '@tabler/icons-react';
import { useState } from 'react';
import type { Note } from '../api/types';

/** Notes and comments: internal work notes are marked and shaded apart from public comments. */
export function NotesList({ notes }: { notes: readonly Note[] }) {
  return (
    <section aria-labelledby="notes-heading">
      <Title order={2} size="h4" id="notes-heading" mb="xs">
        Notes and comments
      </Title>
      {notes.length === 0 && <Text size="sm">None yet.</Text>}
      <Stack component="ol" gap="xs" style={{ listStyle: 'none', padding: 0 }}>
        {notes.map((note, index) => {
          const internal = note.visibility === 'internal';
          return (
            <Paper
              component="li"
              key={note.noteId ?? index}
              withBorder
              p="sm"
              bg={internal ? 'yellow.0' : undefined}
              style={internal ? { borderLeft: '4px dashed var(--mantine-color-yellow-8)' } : { borderLeft: '4px solid var(--mantine-color-indigo-7)' }}
            >
              <Group gap="xs" mb={4}>
                <Badge
                  size="sm"
                  color={internal ? 'gray.8' : 'indigo.8'}
                  leftSection={internal ? <IconLock size={12} aria-hidden="true" /> : <IconMessageCircle size={12} aria-hidden="true" />}
                >
                  {internal ? 'Internal note' : 'Public comment'}
                </Badge>
                <Text size="xs" c="dark.6">
                  {note.by}, {new Date(note.at).toLocaleString()}
                </Text>
              </Group>
              <Text>{note.text}</Text>
            </Paper>
          );
        })}
      </Stack>
    </section>
  );
}

/** What an internal note may link: the article used and the related problem, by reference. */
export interface NoteLinks {
  readonly knowledgeArticle?: string;
  readonly relatedProblem?: string;
}

export function NoteComposer({
  disabled,
  busy,
  onAdd,
}: {
  disabled: boolean;
  busy: boolean;
  onAdd(visibility: 'internal' | 'public', text: string, links: NoteLinks): Promise<unknown>;
}) {
  const [visibility, setVisibility] = useState<'internal' | 'public'>('internal');
  const [text, setText] = useState('');
  const [links, setLinks] = useState<NoteLinks>({});
  const link = (name: keyof NoteLinks) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setLinks((current) => ({ ...current, [name]: value }));
  };
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="Note visibility"
        value={visibility}
        onChange={(v) => setVisibility(v as 'internal' | 'public')}
        data={[
          { value: 'internal', label: 'Internal note' },
          { value: 'public', label: 'Public comment' },
        ]}
        disabled={disabled}
      />
      <Textarea
        label={visibility === 'internal' ? 'Internal note (the desk only)' : 'Public comment (the caller sees it)'}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        disabled={disabled}
      />
      {visibility === 'internal' && (
        <Group gap="sm" grow>
          <TextInput
            label="Knowledge article used"
            placeholder="KB0001001"
            value={links.knowledgeArticle ?? ''}
            onChange={link('knowledgeArticle')}
            disabled={disabled}
          />
          <TextInput
            label="Related problem"
            placeholder="PRB0001001"
            value={links.relatedProblem ?? ''}
            onChange={link('relatedProblem')}
            disabled={disabled}
          />
        </Group>
      )}
      <Button
        style={{ alignSelf: 'flex-start' }}
        disabled={disabled || !text.trim()}
        loading={busy}
        onClick={() =>
          void onAdd(visibility, text, visibility === 'internal' ? links : {}).then(() => {
            setText('');
            setLinks({});
          })
        }
      >
        Add {visibility === 'internal' ? 'note' : 'comment'}
      </Button>
    </Stack>
  );
}
