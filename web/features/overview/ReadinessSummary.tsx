import { Group, Paper, RingProgress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ButtonLink } from '../../components/links';
import { api } from '../../lib/api';
import { formatPercent } from '../../lib/labels';

/** The readiness figure at the top of the overview, leading to the dashboard. */
export function ReadinessSummary() {
  const r = useQuery({ queryKey: ['readiness'], queryFn: () => api.get('/readiness') });
  if (r.isError) return <ErrorAlert error={r.error} title="Readiness could not be computed" onRetry={() => r.refetch()} />;
  const d = r.data;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="readiness-summary">
      <Group justify="space-between" wrap="wrap" gap="lg">
        <Group gap="lg" wrap="nowrap">
          <RingProgress
            size={96}
            thickness={10}
            roundCaps
            rootColor="gray.2"
            sections={d && d.overall > 0 ? [{ value: d.overall, color: 'blue' }] : []}
            label={
              <Text ta="center" fw={700} size="lg">
                {d ? formatPercent(d.overall) : '…'}
              </Text>
            }
          />
          <Stack gap={4}>
            <Title order={2} fz="h4" id="readiness-summary">
              SOC 2 readiness
            </Title>
            {d ? (
              <Text size="sm" c="dimmed">
                {d.criteriaReady} of {d.criteriaTotal} criteria ready · {d.gaps.length} open gaps
              </Text>
            ) : (
              <Skeleton h={16} w={220} />
            )}
          </Stack>
        </Group>
        <ButtonLink to="/readiness" rightSection={<IconArrowRight size={16} />}>
          Open the readiness dashboard
        </ButtonLink>
      </Group>
    </Paper>
  );
}
