import { Badge, Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChecklist, IconConfetti } from '@tabler/icons-react';
import { TextLink } from '../../components/links';
import { Section } from '../../components/Section';
import { CONTROL_STATUS_LABELS } from '../../lib/labels';
import { GAP_COLORS, type GapKind, type RankedGap } from './api';
import { GapTasksModal } from './GapTasksModal';

const TOP = 6;

function reason(kind: GapKind, g: RankedGap): string {
  if (kind === 'no_control') return 'No control';
  if (kind === 'no_owner') return 'No owner';
  return g.control ? CONTROL_STATUS_LABELS[g.control.status] : 'Not implemented';
}

function GapRow({ gap }: { gap: RankedGap }) {
  const held = gap.criteria.length === 1 ? gap.criteria[0] : `${gap.criteria.length} criteria: ${gap.criteria.join(', ')}`;
  return (
    <Stack component="li" gap={4} py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Group gap="xs" wrap="wrap" align="flex-start" justify="space-between">
        {gap.control ? (
          <TextLink
            to="/controls/$controlId"
            params={{ controlId: gap.control.id }}
            size="sm"
            fw={500}
            c="dark.8"
            style={{ flex: '1 1 14rem' }}
          >
            <Text span ff="monospace" fw={650} size="sm" mr={6}>
              {gap.control.code}
            </Text>
            {gap.control.title}
          </TextLink>
        ) : (
          <Text size="sm" fw={500}>
            No active control addresses {gap.criteria[0]}
          </Text>
        )}
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          {gap.kinds.map((k) => (
            <Badge key={k} color={GAP_COLORS[k]} variant="light" radius="sm" tt="none" size="sm">
              {reason(k, gap)}
            </Badge>
          ))}
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        Holds back {held}
        {!gap.control && (
          <>
            {' · '}
            <TextLink to="/catalog/criteria/$criterionId" params={{ criterionId: gap.criteria[0] }} size="xs">
              See templates for {gap.criteria[0]}
            </TextLink>
          </>
        )}
      </Text>
    </Stack>
  );
}

/** The gaps to close first, and the action that turns gaps into tasks. */
export function TopGaps({ gaps, totalGaps, canCreateTasks }: { gaps: RankedGap[]; totalGaps: number; canCreateTasks: boolean }) {
  const [opened, { open, close }] = useDisclosure(false);
  const top = gaps.slice(0, TOP);
  return (
    <Section
      title="Top gaps"
      description={gaps.length ? `What holds back the most criteria. ${totalGaps} gaps in total.` : undefined}
      actions={
        canCreateTasks &&
        gaps.length > 0 && (
          <Button variant="light" leftSection={<IconChecklist size={16} />} onClick={open}>
            Create tasks for gaps
          </Button>
        )
      }
    >
      {top.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconConfetti size={22} />}
          title="No gaps"
          description="Every criterion in scope is covered by implemented, owned controls."
        />
      ) : (
        <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Top gaps">
          {top.map((g) => (
            <GapRow key={g.id} gap={g} />
          ))}
        </Stack>
      )}
      {canCreateTasks && (
        <GapTasksModal opened={opened} onClose={close} topKeys={top.flatMap((g) => g.keys)} topCount={top.length} total={totalGaps} />
      )}
    </Section>
  );
}
