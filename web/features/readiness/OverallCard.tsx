import { Divider, Group, Paper, RingProgress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatPercent } from '../../lib/labels';
import type { Readiness } from './api';

function ringColor(score: number): string {
  if (score >= 90) return 'teal';
  if (score >= 50) return 'blue';
  if (score >= 20) return 'yellow';
  return 'orange';
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={650} fz="lg">
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}

/** The headline: overall readiness as a ring, with ready criteria and open gaps beside it. */
export function OverallCard({ r }: { r: Readiness }) {
  return (
    <Paper withBorder radius="md" p="lg" h="100%" component="section" aria-labelledby="overall-title">
      <Title order={2} fz="h4" id="overall-title">
        Overall readiness
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Across the {r.criteriaTotal} criteria in scope
      </Text>
      <Group justify="center" my="xs">
        <RingProgress
          size={188}
          thickness={16}
          roundCaps
          sections={r.overall > 0 ? [{ value: r.overall, color: ringColor(r.overall), tooltip: `${formatPercent(r.overall)} ready` }] : []}
          rootColor="gray.2"
          label={
            <Stack gap={0} align="center">
              <Text fz={36} fw={750} lh={1.1} data-testid="overall-readiness">
                {formatPercent(r.overall)}
              </Text>
              <Text size="xs" c="dimmed">
                audit-ready
              </Text>
            </Stack>
          }
        />
      </Group>
      <Divider my="md" />
      <SimpleGrid cols={3} spacing="sm">
        <Stat label="Ready" value={`${r.criteriaReady} / ${r.criteriaTotal}`} hint="criteria" />
        <Stat label="Gaps" value={String(r.gaps.length)} hint="to close" />
        <Stat label="Left out" value={String(r.excluded.length)} hint="not relevant" />
      </SimpleGrid>
    </Paper>
  );
}
