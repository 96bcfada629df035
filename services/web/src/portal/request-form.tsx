import '@mantine/dates/styles.css';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import Form from '@rjsf/mantine';
import type { ErrorSchema, RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { ApiProblem } from '../api/problem';
import type { RequestType, SubmissionReceipt, Suggestion } from '../api/types';
import { ProblemAlert } from '../ui/problem-alert';
import { SuggestedArticles } from './suggested-articles';

type Fields = Record<string, unknown>;

/** The API's field errors (`/fields/<name>`) as the form renderer's error schema, shown beside each field. */
function errorSchemaOf(problem: ApiProblem): ErrorSchema {
  const schema: Record<string, { __errors: string[] }> = {};
  for (const [field, messages] of Object.entries(problem.fieldMessages())) schema[field] = { __errors: messages };
  return schema as ErrorSchema;
}

/**
 * One request type's form, rendered from the tenant's JSON Schema. The API validates it (the same
 * schema), and its problem+json names each bad field inline. While the short description is typed,
 * suggested articles appear; opening one and leaving the form counts as a deflection.
 */
export default function RequestForm({ requestType, onClose }: { requestType: RequestType; onClose(): void }) {
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Fields>({});
  const [opened, setOpened] = useState<{ searchId: string; article: Suggestion } | null>(null);
  const submit = useMutation({
    mutationFn: (formData: Fields) =>
      api<SubmissionReceipt>('/intake/submissions', {
        body: { requestType: requestType.id, fields: formData },
        headers: { 'idempotency-key': crypto.randomUUID() },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['my-tickets'] }),
  });
  const leave = () => {
    if (opened && !submit.data) {
      void api('/knowledge/deflections', { body: { searchId: opened.searchId, articleId: opened.article.id, requestType: requestType.id } });
    }
    onClose();
  };
  const schema = requestType.form as RJSFSchema;
  const extraErrors = submit.error instanceof ApiProblem ? errorSchemaOf(submit.error) : undefined;
  const hasShortDescription = !!(schema.properties && 'shortDescription' in schema.properties);

  if (submit.data) {
    return (
      <Paper withBorder p="lg">
        <Alert color="teal" title="Thank you, we have it" role="status">
          <Text>
            Your reference is <strong data-testid="reference">{submit.data.reference ?? 'being assigned'}</strong>. Quote it whenever you contact the service
            desk.
          </Text>
        </Alert>
        <Button mt="md" onClick={onClose}>
          Back to the portal
        </Button>
      </Paper>
    );
  }
  return (
    <Group align="flex-start" gap="lg" wrap="wrap">
      <Paper withBorder p="lg" style={{ flex: '2 1 420px' }} component="section" aria-labelledby="form-heading">
        <Title order={2} id="form-heading" mb="xs">
          {requestType.name}
        </Title>
        <Text size="sm" mb="md">
          {requestType.description}
        </Text>
        <Form
          schema={schema}
          formData={fields}
          validator={validator}
          noValidate
          noHtml5Validate
          showErrorList={false}
          extraErrors={extraErrors}
          onChange={(event) => setFields((event.formData as Fields) ?? {})}
          onSubmit={(event) => submit.mutate((event.formData as Fields) ?? {})}
        >
          <Stack mt="md">
            {submit.error && !(submit.error instanceof ApiProblem && submit.error.errors.length > 0) && <ProblemAlert error={submit.error} />}
            {extraErrors && (
              <Alert color="red" role="alert" title="Please check the form">
                Some answers need another look; each is marked beside its field.
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={submit.isPending}>
                Submit
              </Button>
              <Button variant="default" onClick={leave}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </Form>
      </Paper>
      {hasShortDescription && (
        <SuggestedArticles
          text={typeof fields.shortDescription === 'string' ? fields.shortDescription : ''}
          requestType={requestType.id}
          onOpen={(searchId, article) => setOpened({ searchId, article })}
        />
      )}
    </Group>
  );
}
