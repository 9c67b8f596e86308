import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { Section } from '../../components/Section';
import { TEST_METHOD_LABELS } from '../../lib/labels';
import type { Control } from './api';

/** What proves the control operated, and how an auditor would test it. */
export function HowTested({ control }: { control: Control }) {
  return (
    <Section title="Evidence and testing" description="Collect this evidence as the control runs; it is what your auditor will ask for.">
      <Stack gap="lg">
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            Evidence the control needs
          </Text>
          {control.evidence.length ? (
            <List size="sm" spacing={6}>
              {control.evidence.map((e) => (
                <List.Item key={e}>{e}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              None described yet.
            </Text>
          )}
        </Stack>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            How an auditor tests it
          </Text>
          {control.testProcedures.length ? (
            <Stack gap="xs" component="ol" m={0} pl="md">
              {control.testProcedures.map((t) => (
                <li key={t.step}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Badge size="sm" variant="light" color="gray" tt="none" w={100} style={{ flexShrink: 0 }}>
                      {TEST_METHOD_LABELS[t.method] ?? t.method}
                    </Badge>
                    <Text size="sm">{t.step}</Text>
                  </Group>
                </li>
              ))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              No test procedure described yet.
            </Text>
          )}
        </Stack>
      </Stack>
    </Section>
  );
}
