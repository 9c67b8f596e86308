import { Code, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AuditEntry } from '../../lib/audit';
import { formatDateTime } from '../../lib/format';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      {children}
    </Stack>
  );
}

const mono = { fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' } as const;

/** Everything recorded for one entry: the summary, where the request came from, and its place in the chain. */
export function AuditEntryDetails({ entry }: { entry: AuditEntry }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" p="sm">
      <Field label="Summary">
        <Code block fz="xs">
          {JSON.stringify(entry.summary, null, 2)}
        </Code>
      </Field>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <Field label="Entry">
            <Text size="sm" style={mono}>
              #{entry.seq} · {entry.id}
            </Text>
          </Field>
          <Field label="Recorded">
            <Text size="sm">{formatDateTime(entry.createdAt)}</Text>
          </Field>
          <Field label="IP address">
            <Text size="sm" style={mono}>
              {entry.ip ?? '—'}
            </Text>
          </Field>
          <Field label="Target">
            <Text size="sm" style={mono}>
              {entry.target.type}
              {entry.target.id ? ` ${entry.target.id}` : ''}
            </Text>
          </Field>
        </SimpleGrid>
        <Field label="User agent">
          <Text size="sm" style={{ wordBreak: 'break-word' }}>
            {entry.userAgent ?? '—'}
          </Text>
        </Field>
        <Field label="Hash">
          <Text size="xs" style={mono}>
            {entry.hash}
          </Text>
        </Field>
        <Field label="Previous hash">
          <Text size="xs" c="dimmed" style={mono}>
            {entry.prevHash}
          </Text>
        </Field>
      </Stack>
    </SimpleGrid>
  );
}
