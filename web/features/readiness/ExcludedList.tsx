import { Group, Stack, Text } from '@mantine/core';
import { TextLink } from '../../components/links';
import { Section } from '../../components/Section';
import type { Readiness } from './api';

/** Criteria marked not relevant in the system description: left out of every score, with the reason. */
export function ExcludedList({ r, canEdit }: { r: Readiness; canEdit: boolean }) {
  if (!r.excluded.length) return null;
  return (
    <Section
      title="Left out as not relevant"
      description="These criteria do not count towards readiness. Auditors will read the reasons in your system description."
      actions={
        canEdit && (
          <TextLink to="/scope" size="sm">
            Change in the scope
          </TextLink>
        )
      }
    >
      <Stack gap="xs">
        {r.excluded.map((e) => (
          <Group key={e.id} gap="sm" wrap="nowrap" align="flex-start">
            <Text size="sm" fw={650} w={52} style={{ flexShrink: 0 }}>
              {e.id}
            </Text>
            <Text size="sm" c="dimmed">
              {e.reason}
            </Text>
          </Group>
        ))}
      </Stack>
    </Section>
  );
}
