import { Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { ProblemAlert } from '../ui/problem-alert';
import { createBody, EMPTY_DRAFT, type ArticleDraft } from './article-draft';
import { ArticleEditor } from './article-editor';

/** A new article: it starts as work in progress, then moves through the states its page offers. */
export function NewArticlePage() {
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (draft: ArticleDraft) => api<{ reference: string }>('/knowledge/articles', { body: createBody(draft) }),
    onSuccess: (receipt) => void navigate(`/agent/knowledge/${receipt.reference}`),
  });
  return (
    <Stack maw={800}>
      <Title order={1}>New article</Title>
      <ArticleEditor
        initial={EMPTY_DRAFT}
        submitLabel="Create article"
        busy={create.isPending}
        error={create.error}
        onSubmit={(draft) => create.mutate(draft)}
        onCancel={() => void navigate('/agent/knowledge')}
      />
      <ProblemAlert error={create.error} />
    </Stack>
  );
}
