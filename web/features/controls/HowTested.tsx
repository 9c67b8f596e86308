import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Section } from '../../components/Section';
import { TEST_METHOD_LABELS } from '../../lib/labels';
import type { Control } from './api';
import { EditTestingModal } from './EditTestingModal';

/** What proves the control operated, and how an auditor would test it. */
export function HowTested({ control, canEdit }: { control: Control; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  return (
    <Section
      title="Evidence and testing"
      description="Collect this evidence as the control runs; it is what your auditor will ask for."
      actions={
        canEdit && (
          <Button variant="default" size="xs" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
            Edit evidence and testing
          </Button>
        )
      }
    >
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
                <li key={`${t.method}:${t.step}`}>
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
      {canEdit && editing && <EditTestingModal control={control} opened={editing} onClose={() => setEditing(false)} />}
    </Section>
  );
}
