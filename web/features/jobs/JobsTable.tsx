import { Badge, Button, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { type Job, type JobState, useRetryJob } from './api';

const STATE_COLOR: Record<JobState, string> = { queued: 'blue', active: 'cyan', completed: 'teal', failed: 'orange', dead: 'red' };

/** Jobs with their state, attempts and last error; failed and dead ones can be run again. */
export function JobsTable({ jobs, canRetry }: { jobs: Job[]; canRetry: boolean }) {
  const retry = useRetryJob();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table aria-label="Background jobs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Job</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Attempts</Table.Th>
            <Table.Th>Runs at</Table.Th>
            <Table.Th>Finished</Table.Th>
            <Table.Th>Last error</Table.Th>
            {canRetry && (
              <Table.Th w={90}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((j) => (
            <Table.Tr key={j.id}>
              <Table.Td>
                <Code>{j.name}</Code>
                <Text size="xs" c="dimmed">
                  Created {formatDateTime(j.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATE_COLOR[j.state]} tt="capitalize">
                  {j.state}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {j.attempts} of {j.maxAttempts}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(j.runAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(j.finishedAt)}</Text>
              </Table.Td>
              <Table.Td maw={320}>
                {j.lastError ? (
                  <Text
                    size="xs"
                    c="red.8"
                    lineClamp={3}
                    title={j.lastError}
                    style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}
                  >
                    {j.lastError}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              {canRetry && (
                <Table.Td>
                  {(j.state === 'failed' || j.state === 'dead') && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      loading={retry.isPending && retry.variables?.id === j.id}
                      onClick={() =>
                        retry.mutate(j, {
                          onError: (err) =>
                            notifications.show({ color: 'red', title: 'The job was not retried', message: errorMessage(err) }),
                        })
                      }
                      aria-label={`Retry ${j.name}`}
                    >
                      Retry
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
