import { Anchor, Modal, Paper, Stack, Text, Title, Typography } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, query } from '../api/client';
import type { Article, Suggestion, Suggestions } from '../api/types';

/** Knowledge articles for what the requester is typing, fetched once typing pauses. */
export function SuggestedArticles({ text, requestType, onOpen }: { text: string; requestType: string; onOpen(searchId: string, article: Suggestion): void }) {
  const [typed] = useDebouncedValue(text.trim(), 300);
  const [open, setOpen] = useState<{ searchId: string; article: Suggestion } | null>(null);
  const suggestions = useQuery({
    queryKey: ['suggestions', requestType, typed],
    queryFn: () => api<Suggestions>(`/knowledge/suggestions${query({ q: typed, requestType })}`),
    enabled: typed.length >= 3,
    placeholderData: keepPreviousData,
  });
  const article = useQuery({
    queryKey: ['article', open?.article.reference, open?.searchId],
    queryFn: () => api<Article>(`/knowledge/articles/${open!.article.reference}${query({ searchId: open!.searchId })}`),
    enabled: !!open,
  });
  const items = typed.length >= 3 ? (suggestions.data?.items ?? []) : [];
  return (
    <Paper withBorder p="lg" style={{ flex: '1 1 260px' }} component="aside" aria-labelledby="suggested-heading">
      <Title order={2} size="h4" id="suggested-heading" mb="xs">
        Suggested articles
      </Title>
      <div aria-live="polite">
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            Describe the issue in a few words and articles that may solve it appear here.
          </Text>
        ) : (
          <Stack component="ul" aria-label="Suggested articles" gap="xs" style={{ paddingLeft: 16 }}>
            {items.map((item) => (
              <li key={item.id}>
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => {
                    const opened = { searchId: suggestions.data!.searchId, article: item };
                    setOpen(opened);
                    onOpen(opened.searchId, item);
                  }}
                >
                  {item.title}
                </Anchor>
              </li>
            ))}
          </Stack>
        )}
      </div>
      <Modal opened={!!open} onClose={() => setOpen(null)} title={open?.article.title ?? ''} size="lg">
        {article.data && (
          <Typography>
            <h3>Problem</h3>
            <p>{article.data.problem}</p>
            <h3>Resolution</h3>
            <p>{article.data.resolution}</p>
            <Text size="sm" c="dimmed">
              {article.data.reference}. If this solved it, close this and cancel the form: no ticket needed.
            </Text>
          </Typography>
        )}
      </Modal>
    </Paper>
  );
}
