import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled white card on a page. */
export function Section({
  title,
  description,
  actions,
  children,
  padding = 'lg',
}: {
  title?: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  padding?: string | number;
}) {
  return (
    <Paper withBorder radius="md" p={padding} component="section">
      {(title || actions) && (
        <Group justify="space-between" align="flex-start" mb="md" wrap="wrap">
          <Stack gap={2}>
            {title && (
              <Title order={2} fz="h4">
                {title}
              </Title>
            )}
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
          {actions}
        </Group>
      )}
      {children}
    </Paper>
  );
}
