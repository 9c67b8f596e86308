import { Avatar, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { formatDateTime, formatRelative } from '../../lib/format';
import { type TaskComment, useAddComment } from './api';

/** "olivia@acme.test" → "O", "Olivia Owner" → "OO". */
function initials(author: string): string {
  const words = author
    .split('@')[0]
    .split(/[\s._-]+/)
    .filter(Boolean);
  return (words.length > 1 ? words[0][0] + words[1][0] : (words[0]?.[0] ?? '?')).toUpperCase();
}

/** The conversation on a task, oldest first, with a box to add to it. */
export function TaskComments({ taskId, comments, canComment }: { taskId: string; comments: TaskComment[]; canComment: boolean }) {
  const [body, setBody] = useState('');
  const add = useAddComment(taskId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(body.trim(), { onSuccess: () => setBody('') });
  };
  return (
    <Section title="Comments">
      <Stack gap="md">
        {comments.length === 0 && (
          <Text size="sm" c="dimmed">
            No comments yet.{canComment ? ' Ask a question or note what was done.' : ''}
          </Text>
        )}
        {comments.map((c) => (
          <Group key={c.id} align="flex-start" wrap="nowrap" gap="sm">
            <Avatar color="blue" size={32} radius="xl" aria-hidden>
              {initials(c.author)}
            </Avatar>
            <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm">
                <Text span fw={600}>
                  {c.author}
                </Text>{' '}
                <Text span size="xs" c="dimmed">
                  <time dateTime={c.createdAt} title={formatDateTime(c.createdAt)}>
                    {formatRelative(c.createdAt)}
                  </time>
                </Text>
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {c.body}
              </Text>
            </Stack>
          </Group>
        ))}
        {canComment && (
          <form onSubmit={submit}>
            <Stack gap="xs">
              <Textarea
                label="Add a comment"
                autosize
                minRows={2}
                maxLength={8000}
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
              />
              {add.isError && <ErrorAlert error={add.error} title="The comment was not added" />}
              <Group justify="flex-end">
                <Button type="submit" variant="light" loading={add.isPending} disabled={!body.trim()}>
                  Comment
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Section>
  );
}
