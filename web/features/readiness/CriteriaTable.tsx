import { Badge, Group, Progress, SegmentedControl, Select, Switch, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Section } from '../../components/Section';
import { CATEGORY_LABELS, formatPercent } from '../../lib/labels';
import { type CriterionReadiness, GAP_COLORS, type GapKind, type Readiness } from './api';
import { CriterionDrawer } from './CriterionDrawer';

function GapCounts({ c }: { c: CriterionReadiness }) {
  const counts = new Map<GapKind, number>();
  for (const g of c.gaps) counts.set(g.kind, (counts.get(g.kind) ?? 0) + 1);
  if (!counts.size)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const words: Record<GapKind, string> = { no_control: 'no control', not_implemented: 'not implemented', no_owner: 'no owner' };
  return (
    <Group gap={4}>
      {[...counts].map(([k, n]) => (
        <Badge key={k} size="sm" variant="light" color={GAP_COLORS[k]} tt="none">
          {k === 'no_control' ? words[k] : `${n} ${words[k]}`}
        </Badge>
      ))}
    </Group>
  );
}

/** Every criterion in scope with its score; a row opens the reasons it is not ready. */
export function CriteriaTable({ r }: { r: Readiness }) {
  const [category, setCategory] = useState('all');
  const [notReady, setNotReady] = useState(false);
  const [q, setQ] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  const needle = q.trim().toLowerCase();
  const categoryOptions = [
    { value: 'all', label: 'Every category' },
    ...r.categories.map((c) => ({ value: c.id, label: CATEGORY_LABELS[c.id] })),
  ];
  const rows = r.criteria.filter(
    (c) =>
      (category === 'all' || c.category === category) &&
      (!notReady || !c.ready) &&
      (!needle || c.id.toLowerCase().includes(needle) || c.title.toLowerCase().includes(needle)),
  );
  const show = (id: string) => {
    setOpenId(id);
    setOpened(true);
  };
  return (
    <Section title="Criteria" description="Open a criterion to see exactly what is missing and which controls count towards it.">
      <Group mb="md" gap="md" wrap="wrap" align="flex-end">
        {r.categories.length > 2 ? (
          <Select
            aria-label="Category"
            value={category}
            onChange={(v) => setCategory(v ?? 'all')}
            data={categoryOptions}
            allowDeselect={false}
            w={220}
          />
        ) : (
          r.categories.length > 1 && (
            <SegmentedControl aria-label="Category" value={category} onChange={setCategory} data={categoryOptions} />
          )
        )}
        <TextInput
          aria-label="Search criteria"
          placeholder="Search criteria"
          leftSection={<IconSearch size={14} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={220}
        />
        <Switch label="Not ready only" checked={notReady} onChange={(e) => setNotReady(e.currentTarget.checked)} />
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label="Readiness per criterion">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Criterion</Table.Th>
              <Table.Th w={180}>Score</Table.Th>
              <Table.Th w={90}>Controls</Table.Th>
              <Table.Th>Gaps</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.id} onClick={() => show(c.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>
                  <UnstyledButton
                    onClick={(e) => {
                      e.stopPropagation();
                      show(c.id);
                    }}
                    aria-label={`Show why ${c.id} is ${c.ready ? 'ready' : 'not ready'}`}
                  >
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" fw={650} w={52} style={{ flexShrink: 0 }}>
                        {c.id}
                      </Text>
                      <Text size="sm" lineClamp={1}>
                        {c.title}
                      </Text>
                    </Group>
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Progress value={c.score} color={c.ready ? 'teal' : 'blue'} w={90} aria-hidden />
                    <Text size="sm" fw={c.ready ? 650 : 400} c={c.ready ? 'teal.8' : undefined}>
                      {formatPercent(c.score)}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{c.controls.length}</Text>
                </Table.Td>
                <Table.Td>
                  <GapCounts c={c} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed" ta="center" py="lg">
          {notReady ? 'Every criterion here is ready.' : 'No criterion matches the search.'}
        </Text>
      )}
      <CriterionDrawer criterion={r.criteria.find((c) => c.id === openId) ?? null} opened={opened} onClose={() => setOpened(false)} />
    </Section>
  );
}
