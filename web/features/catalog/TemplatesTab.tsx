import { Group, Select, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { FREQUENCY_LABELS, NATURE_LABELS } from '../../lib/labels';
import { useTemplates } from './api';
import { TemplateDrawer } from './TemplateDrawer';

/** Every control template, searchable; a row opens the template in full. */
export function TemplatesTab() {
  const templates = useTemplates();
  const [q, setQ] = useState('');
  const [domain, setDomain] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  if (templates.isPending) return <Loading label="Loading templates…" />;
  if (templates.isError)
    return <ErrorAlert error={templates.error} title="The templates could not be loaded" onRetry={() => templates.refetch()} />;
  const needle = q.trim().toLowerCase();
  const domains = [...new Set(templates.data.map((t) => t.domain))].sort();
  const rows = templates.data.filter(
    (t) =>
      (!domain || t.domain === domain) &&
      (!needle ||
        [t.id, t.title, t.description, t.domain].some((s) => s.toLowerCase().includes(needle)) ||
        t.criteria.some((l) => l.id.toLowerCase() === needle)),
  );
  return (
    <Section padding="md">
      <Group gap="sm" mb="md" wrap="wrap">
        <TextInput
          aria-label="Search templates"
          placeholder="Search by id, title, words or a criterion (CC7.2)"
          leftSection={<IconSearch size={14} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '1 1 18rem' }}
        />
        <Select
          aria-label="Domain"
          data={[{ value: '', label: 'Every domain' }, ...domains.map((d) => ({ value: d, label: d }))]}
          value={domain}
          onChange={(v) => setDomain(v ?? '')}
          allowDeselect={false}
          searchable
          w={220}
        />
        <Text size="sm" c="dimmed">
          {rows.length} of {templates.data.length}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label="Control templates">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Id</Table.Th>
              <Table.Th>Template</Table.Th>
              <Table.Th w={160}>Nature</Table.Th>
              <Table.Th w={110}>Frequency</Table.Th>
              <Table.Th w={160}>Criteria</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td>
                  <Text size="sm" ff="monospace" fw={650}>
                    {t.id}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <UnstyledButton
                    onClick={() => {
                      setOpenId(t.id);
                      setOpened(true);
                    }}
                  >
                    <Text size="sm" fw={500} c="blue.8">
                      {t.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t.domain}
                    </Text>
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{NATURE_LABELS[t.nature]}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{FREQUENCY_LABELS[t.frequency]}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t.criteria.map((l) => l.id).join(', ')}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TemplateDrawer template={templates.data.find((t) => t.id === openId) ?? null} opened={opened} onClose={() => setOpened(false)} />
    </Section>
  );
}
