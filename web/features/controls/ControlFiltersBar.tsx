import { Button, Group, SegmentedControl, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { CONTROL_STATUS_LABELS, optionsOf } from '../../lib/labels';
import type { Control } from './api';
import { type ControlFilters, NO_FILTERS } from './filters';

/** Search and filters above the controls table; they apply as you type or pick. */
export function ControlFiltersBar({
  value,
  onChange,
  controls,
}: {
  value: ControlFilters;
  onChange(f: ControlFilters): void;
  controls: Control[];
}) {
  const set = <K extends keyof ControlFilters>(k: K, v: ControlFilters[K]) => onChange({ ...value, [k]: v });
  const owners = new Map<string, string>();
  for (const c of controls) if (c.owner) owners.set(c.owner.id, c.owner.name);
  const domains = [...new Set(controls.map((c) => c.domain))].sort();
  const filtered = JSON.stringify(value) !== JSON.stringify(NO_FILTERS);
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <TextInput
          label="Search"
          placeholder="Code, title or CC6.1"
          leftSection={<IconSearch size={14} />}
          value={value.q}
          onChange={(e) => set('q', e.currentTarget.value)}
        />
        <Select
          label="Status"
          data={[{ value: '', label: 'Any status' }, ...optionsOf(CONTROL_STATUS_LABELS)]}
          value={value.status}
          onChange={(v) => set('status', v ?? '')}
          allowDeselect={false}
        />
        <Select
          label="Owner"
          data={[
            { value: '', label: 'Anyone' },
            { value: 'none', label: 'No owner yet' },
            ...[...owners].map(([id, name]) => ({ value: id, label: name })),
          ]}
          value={value.owner}
          onChange={(v) => set('owner', v ?? '')}
          allowDeselect={false}
          searchable
        />
        <Select
          label="Domain"
          data={[{ value: '', label: 'Every domain' }, ...domains.map((d) => ({ value: d, label: d }))]}
          value={value.domain}
          onChange={(v) => set('domain', v ?? '')}
          allowDeselect={false}
          searchable
        />
      </SimpleGrid>
      <Group justify="space-between" mt="sm" gap="xs">
        <SegmentedControl
          size="xs"
          aria-label="Active or deactivated"
          value={value.active}
          onChange={(v) => set('active', v as ControlFilters['active'])}
          data={[
            { value: 'active', label: 'Active' },
            { value: 'deactivated', label: 'Deactivated' },
            { value: 'all', label: 'All' },
          ]}
        />
        {filtered && (
          <Button variant="subtle" color="gray" size="xs" leftSection={<IconX size={14} />} onClick={() => onChange(NO_FILTERS)}>
            Clear filters
          </Button>
        )}
      </Group>
    </>
  );
}
