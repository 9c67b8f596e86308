import { Badge, Group, Progress, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { useIsoControls } from './api';

const THEMES = [
  { value: '', label: 'Every theme' },
  { value: 'organizational', label: 'Organizational' },
  { value: 'people', label: 'People' },
  { value: 'physical', label: 'Physical' },
  { value: 'technological', label: 'Technological' },
];

/** ISO/IEC 27001:2022 Annex A and the templates that serve each control. */
export function IsoTab() {
  const iso = useIsoControls();
  const [theme, setTheme] = useState('');
  if (iso.isPending) return <Loading label="Loading ISO/IEC 27001 controls…" />;
  if (iso.isError)
    return <ErrorAlert error={iso.error} title="The ISO/IEC 27001 controls could not be loaded" onRetry={() => iso.refetch()} />;
  const covered = iso.data.filter((i) => i.templates.length > 0).length;
  const rows = iso.data.filter((i) => !theme || i.theme === theme);
  return (
    <Section
      padding="md"
      title="ISO/IEC 27001:2022 Annex A"
      description={`Assay's templates serve ${covered} of the ${iso.data.length} Annex A controls, so one set of controls works towards both frameworks.`}
    >
      <Progress value={(covered / iso.data.length) * 100} mb="md" aria-label="Annex A controls served by a template" />
      <Select aria-label="Theme" data={THEMES} value={theme} onChange={(v) => setTheme(v ?? '')} allowDeselect={false} mb="md" w={220} />
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="ISO/IEC 27001 Annex A controls">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Control</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>Templates</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>
                  <Text size="sm" ff="monospace" fw={650}>
                    {i.id}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{i.title}</Text>
                  <Text size="xs" c="dimmed" tt="capitalize">
                    {i.theme}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {i.templates.length ? (
                    <Group gap={4}>
                      {i.templates.slice(0, 6).map((t) => (
                        <Badge key={t} size="sm" variant="default" tt="none" radius="sm">
                          {t}
                        </Badge>
                      ))}
                      {i.templates.length > 6 && (
                        <Text size="xs" c="dimmed">
                          +{i.templates.length - 6} more
                        </Text>
                      )}
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      No template yet
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
