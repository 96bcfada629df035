import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { ActionDialog } from '../agent/action-dialog';
import { Loading } from '../ui/loading';
import { ProblemAlert } from '../ui/problem-alert';
import { ARTICLE_ACTIONS } from './article-actions';
import { draftOf, editBody, type ArticleDraft, type ArticleFields } from './article-draft';
import { ArticleEditor } from './article-editor';

interface Article extends ArticleFields {
  readonly reference: string;
  readonly status: string;
  readonly version: string;
  readonly revision: number;
  readonly allowedActions: readonly string[];
  readonly flags?: readonly { readonly flagId: string; readonly reason: string; readonly comment: string; readonly by: string }[];
}

const SECTIONS = [
  ['problem', 'Problem'],
  ['environment', 'Environment'],
  ['cause', 'Cause'],
  ['resolution', 'Resolution'],
] as const;

/** One article for the desk: its content, its KCS state, the edit and state changes the API allows the caller. */
export function ArticlePage() {
  const { reference = '' } = useParams();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [action, setAction] = useState<string | null>(null);
  const article = useQuery({ queryKey: ['article', reference], queryFn: () => api<Article>(`/knowledge/articles/${reference}`) });
  const done = () => {
    setEditing(false);
    setAction(null);
    void queryClient.invalidateQueries({ queryKey: ['article', reference] });
    void queryClient.invalidateQueries({ queryKey: ['knowledge-review'] });
  };
  const act = useMutation({
    mutationFn: ({ name, body }: { name: string; body: Record<string, unknown> }) =>
      api(`/knowledge/articles/${reference}/${name}`, { body, headers: { 'if-match': `"${article.data?.revision}"` } }),
    onSuccess: done,
  });
  if (article.isPending) return <Loading />;
  if (article.error) return <ProblemAlert error={article.error} />;
  const shown = article.data;
  const buttons = shown.allowedActions.filter((name) => name in ARTICLE_ACTIONS);
  const spec = action ? ARTICLE_ACTIONS[action] : undefined;
  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/agent/knowledge">
        Back to knowledge
      </Anchor>
      <Title order={1}>
        {shown.reference}: {shown.title}
      </Title>
      <Group gap="xs">
        <Badge size="lg" variant="outline" color="dark" data-testid="article-state">
          State: {shown.status}
        </Badge>
        <Badge size="lg" variant="outline" color="dark">
          Version: {shown.version}
        </Badge>
        <Badge size="lg" variant="outline" color="dark">
          Audience: {shown.audience}
        </Badge>
      </Group>
      <Paper withBorder p="md" component="section" aria-labelledby="article-actions-heading">
        <Title order={2} size="h4" id="article-actions-heading" mb="xs">
          Actions
        </Title>
        <Group gap="xs">
          {shown.allowedActions.includes('edit') && (
            <Button size="sm" variant="light" disabled={editing} onClick={() => setEditing(true)}>
              Edit
            </Button>
          )}
          {buttons.map((name) => (
            <Button
              key={name}
              size="sm"
              variant="light"
              disabled={editing}
              onClick={() => (ARTICLE_ACTIONS[name]!.fields.length === 0 ? act.mutate({ name, body: {} }) : setAction(name))}
            >
              {ARTICLE_ACTIONS[name]!.label}
            </Button>
          ))}
          {buttons.length === 0 && !shown.allowedActions.includes('edit') && <Text size="sm">No change is allowed to you in this state.</Text>}
        </Group>
        {!action && !editing && <ProblemAlert error={act.error} />}
      </Paper>
      {editing ? (
        <Paper withBorder p="md" component="section" aria-label="Edit the article">
          <ArticleEditor
            initial={draftOf(shown)}
            submitLabel="Save changes"
            busy={act.isPending}
            error={act.error}
            onSubmit={(draft: ArticleDraft) => act.mutate({ name: 'edit', body: editBody(shown, draft) })}
            onCancel={() => {
              setEditing(false);
              act.reset();
            }}
          />
          <ProblemAlert error={act.error} />
        </Paper>
      ) : (
        SECTIONS.filter(([field]) => shown[field]).map(([field, label]) => (
          <Paper key={field} withBorder p="md" component="section" aria-label={label}>
            <Title order={2} size="h4">
              {label}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{shown[field]}</Text>
          </Paper>
        ))
      )}
      {(shown.flags ?? []).length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="flags-heading">
          <Title order={2} size="h4" id="flags-heading" mb="xs">
            Open flags
          </Title>
          <ul>
            {shown.flags!.map((flag) => (
              <li key={flag.flagId}>
                {flag.flagId} ({flag.reason}, by {flag.by}): {flag.comment}
              </li>
            ))}
          </ul>
        </Paper>
      )}
      {spec && action && (
        <ActionDialog
          spec={spec}
          options={{ openFlags: (shown.flags ?? []).map((flag) => flag.flagId) }}
          error={act.error}
          busy={act.isPending}
          onClose={() => {
            setAction(null);
            act.reset();
          }}
          onSubmit={(values) => act.mutate({ name: action, body: values })}
        />
      )}
    </Stack>
  );
}
