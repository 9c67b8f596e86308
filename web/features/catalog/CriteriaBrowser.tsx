import { Badge, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconChevronRight, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { BlockLink } from '../../components/links';
import { Section } from '../../components/Section';
import { type Criterion, useAllCriteria } from '../../lib/catalog';
import { CATEGORIES, CATEGORY_LABELS, optionsOf } from '../../lib/labels';

function matches(c: Criterion, q: string): boolean {
  return [c.id, c.title, c.intent, c.auditorFocus, c.seriesName, ...c.typicalEvidence].some((s) => s.toLowerCase().includes(q));
}

function Row({ c }: { c: Criterion }) {
  return (
    <BlockLink
      to="/catalog/criteria/$criterionId"
      params={{ criterionId: c.id }}
      py="sm"
      px="sm"
      style={{ display: 'block', borderTop: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Group wrap="nowrap" gap="md" align="flex-start">
        <Text fw={700} size="sm" w={56} style={{ flexShrink: 0 }}>
          {c.id}
        </Text>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={500}>
            {c.title}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {c.intent}
          </Text>
        </Stack>
        <Group gap={6} wrap="nowrap" visibleFrom="sm">
          {c.official && (
            <Badge size="sm" variant="light" color="grape" tt="none">
              Licensed text
            </Badge>
          )}
          <Badge size="sm" variant="default" tt="none">
            {c.templates.length} templates
          </Badge>
        </Group>
        <IconChevronRight size={16} color="var(--mantine-color-gray-5)" aria-hidden />
      </Group>
    </BlockLink>
  );
}

/** The 61 criteria grouped by category and series, with search and a category filter. */
export function CriteriaBrowser() {
  const criteria = useAllCriteria();
  const [q, setQ] = useState('');
  const [category, setCategory] = useState('');
  if (criteria.isPending) return <Loading label="Loading criteria…" />;
  if (criteria.isError)
    return <ErrorAlert error={criteria.error} title="The criteria could not be loaded" onRetry={() => criteria.refetch()} />;
  const needle = q.trim().toLowerCase();
  const shown = criteria.data.filter((c) => (!category || c.category === category) && (!needle || matches(c, needle)));
  return (
    <Stack gap="lg">
      <Group gap="sm" wrap="wrap">
        <TextInput
          aria-label="Search criteria"
          placeholder="Search: access review, backups, CC6.1…"
          leftSection={<IconSearch size={14} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '1 1 18rem' }}
        />
        <Select
          aria-label="Category"
          data={[{ value: '', label: 'Every category' }, ...optionsOf(CATEGORY_LABELS)]}
          value={category}
          onChange={(v) => setCategory(v ?? '')}
          allowDeselect={false}
          w={220}
        />
      </Group>
      {shown.length === 0 && (
        <Text c="dimmed" size="sm" ta="center" py="xl">
          No criterion matches "{q}". Try a broader word.
        </Text>
      )}
      {CATEGORIES.map((cat) => {
        const inCat = shown.filter((c) => c.category === cat);
        if (!inCat.length) return null;
        const series = [...new Set(inCat.map((c) => c.series))];
        return (
          <Section key={cat} title={CATEGORY_LABELS[cat]} padding="md">
            <Stack gap="md">
              {series.map((s) => {
                const rows = inCat.filter((c) => c.series === s);
                return (
                  <div key={s}>
                    <Title order={3} fz="sm" c="dimmed" tt="uppercase" px="sm" pb={6}>
                      {s} · {rows[0].seriesName}
                    </Title>
                    {rows.map((c) => (
                      <Row key={c.id} c={c} />
                    ))}
                  </div>
                );
              })}
            </Stack>
          </Section>
        );
      })}
    </Stack>
  );
}
