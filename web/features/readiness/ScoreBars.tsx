import { Group, Progress, Stack, Text } from '@mantine/core';
import { Section } from '../../components/Section';
import { CATEGORY_COLORS, CATEGORY_LABELS, formatPercent } from '../../lib/labels';
import type { Readiness } from './api';

function Bar({ label, score, hint, color }: { label: string; score: number; hint: string; color: string }) {
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="sm" fw={650}>
          {formatPercent(score)}
        </Text>
      </Group>
      <Progress value={score} color={color} size="lg" radius="xl" aria-label={`${label}: ${formatPercent(score)}`} />
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );
}

/** Readiness per category in scope. */
export function CategoryBars({ r }: { r: Readiness }) {
  return (
    <Section title="By category" description="The mean score of each category's criteria.">
      <Stack gap="md">
        {r.categories.map((c) => (
          <Bar
            key={c.id}
            label={CATEGORY_LABELS[c.id]}
            score={c.score}
            color={CATEGORY_COLORS[c.id]}
            hint={`${c.ready} of ${c.total} criteria ready`}
          />
        ))}
      </Stack>
    </Section>
  );
}

/** SOC 2 beside ISO/IEC 27001:2022, computed from the same controls. */
export function FrameworkBars({ r }: { r: Readiness }) {
  const covered = r.iso.filter((i) => i.controls > 0).length;
  return (
    <Section title="Frameworks" description="The same controls measured against both frameworks.">
      <Stack gap="md">
        <Bar
          label="SOC 2"
          score={r.frameworks.soc2}
          color="blue"
          hint={`${r.criteriaReady} of ${r.criteriaTotal} Trust Services Criteria ready`}
        />
        <Bar
          label="ISO/IEC 27001:2022"
          score={r.frameworks.iso27001}
          color="grape"
          hint={`${covered} of ${r.iso.length} Annex A controls have at least one of your controls mapped`}
        />
      </Stack>
    </Section>
  );
}
