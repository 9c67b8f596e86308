import { Group, Text } from '@mantine/core';

/** The Assay mark and name. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="7" fill="var(--mantine-color-blue-7)" />
        <path d="M9 22l7-13 7 13" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M12 18h8" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
      </svg>
      <Text fw={700} fz={size * 0.7} lh={1} c="dark.8">
        Assay
      </Text>
    </Group>
  );
}
