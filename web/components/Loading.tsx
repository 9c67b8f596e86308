import { Center, Loader, Stack, Text } from '@mantine/core';

/** A loading indicator for a page or a section, announced to screen readers. */
export function Loading({ label = 'Loading…', minHeight = 160 }: { label?: string; minHeight?: number | string }) {
  return (
    <Center mih={minHeight} role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}
