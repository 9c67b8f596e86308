import { Text, Timeline } from '@mantine/core';
import { Section } from '../../components/Section';
import { formatDateTime, formatRelative } from '../../lib/format';
import { CONTROL_STATUS_COLORS, CONTROL_STATUS_LABELS } from '../../lib/labels';
import type { StatusChange } from './api';

/** Every status the control went through, newest first, with who moved it and why. */
export function StatusHistory({ history }: { history: StatusChange[] }) {
  return (
    <Section title="Status history">
      <Timeline active={0} bulletSize={14} lineWidth={2}>
        {history.map((h) => (
          <Timeline.Item
            key={h.id}
            color={CONTROL_STATUS_COLORS[h.to]}
            title={
              <Text size="sm" fw={600}>
                {h.from ? `${CONTROL_STATUS_LABELS[h.from]} → ${CONTROL_STATUS_LABELS[h.to]}` : CONTROL_STATUS_LABELS[h.to]}
              </Text>
            }
          >
            {h.reason && (
              <Text size="sm" c="dimmed">
                {h.reason}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={2}>
              {h.actor} ·{' '}
              <time dateTime={h.at} title={formatDateTime(h.at)}>
                {formatRelative(h.at)}
              </time>
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Section>
  );
}
