import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

/** The title row of a page: heading, one line of explanation, and the page's main actions on the right. */
export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  useDocumentTitle(`${title} · Assay`);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="md" wrap="wrap">
      <Stack gap={4} style={{ flex: '1 1 20rem' }}>
        <Title order={1} fz="h2">
          {title}
        </Title>
        {description && (
          // Rich descriptions (badges, groups) are blocks, which a <p> may not contain.
          <Text c="dimmed" size="sm" maw={720} component={typeof description === 'string' ? 'p' : 'div'}>
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
