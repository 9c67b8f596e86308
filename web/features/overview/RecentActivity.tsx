import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { TextLink } from '../../components/links';
import { Section } from '../../components/Section';
import { api } from '../../lib/api';
import { actionName, summaryHint } from '../../lib/audit';
import { formatDateTime, formatRelative } from '../../lib/format';

/** The latest audit-log entries of the organization. */
export function RecentActivity() {
  const recent = useQuery({
    queryKey: ['audit-log', 'recent'],
    queryFn: () => api.get('/audit-log', { query: { limit: 8 } }),
  });
  return (
    <Section
      title="Recent activity"
      description="The latest entries of the tamper-evident audit log."
      actions={
        <TextLink to="/audit-log" size="sm">
          View the audit log
        </TextLink>
      }
    >
      {recent.isPending ? (
        <Loading label="Loading activity…" minHeight={120} />
      ) : recent.isError ? (
        <ErrorAlert error={recent.error} title="Activity could not be loaded" />
      ) : recent.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing has happened yet.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {recent.data.items.map((e) => {
            const hint = summaryHint(e.summary);
            return (
              <Group key={e.id} component="li" gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" color="gray" radius="xl" size={30}>
                  <IconHistory size={16} />
                </ThemeIcon>
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" fw={500}>
                    {actionName(e.action)}
                    {hint && (
                      <Text span c="dimmed" fw={400}>
                        {' '}
                        · {hint}
                      </Text>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {e.actor.label} ·{' '}
                    <time dateTime={e.createdAt} title={formatDateTime(e.createdAt)}>
                      {formatRelative(e.createdAt)}
                    </time>
                  </Text>
                </Stack>
              </Group>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}
