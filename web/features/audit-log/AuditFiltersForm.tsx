import { Autocomplete, Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilter, IconX } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { type AuditFilters, NO_FILTERS } from './api';

const ACTION_PREFIXES = [
  'invitation.',
  'member.',
  'org.',
  'session.',
  'user.',
  'token.',
  'sso.',
  'job.',
  'scope.',
  'control.',
  'controls.',
  'task.',
  'tasks.',
  'catalog.',
];
const TARGET_TYPES = [
  { value: '', label: 'Any target' },
  { value: 'organization', label: 'Organization' },
  { value: 'membership', label: 'Membership' },
  { value: 'invitation', label: 'Invitation' },
  { value: 'user', label: 'User' },
  { value: 'api_token', label: 'API token' },
  { value: 'sso_config', label: 'Single sign-on' },
  { value: 'job', label: 'Background job' },
  { value: 'scope', label: 'Scope' },
  { value: 'control', label: 'Control' },
  { value: 'task', label: 'Task' },
];

/** Filters for the audit log; applied together when the form is submitted. */
export function AuditFiltersForm({ value, onApply }: { value: AuditFilters; onApply(f: AuditFilters): void }) {
  const [draft, setDraft] = useState(value);
  const set = (k: keyof AuditFilters) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const active = Object.values(value).some(Boolean);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    setDraft(NO_FILTERS);
    onApply(NO_FILTERS);
  };
  return (
    <form onSubmit={submit} aria-label="Filter the audit log">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
        <Autocomplete
          label="Action starts with"
          placeholder="e.g. invitation."
          data={ACTION_PREFIXES}
          value={draft.action}
          onChange={set('action')}
        />
        <TextInput label="Actor" placeholder="Name or email" value={draft.actor} onChange={(e) => set('actor')(e.currentTarget.value)} />
        <Select
          label="Target type"
          data={TARGET_TYPES}
          value={draft.targetType}
          onChange={(v) => set('targetType')(v ?? '')}
          allowDeselect={false}
        />
        <TextInput
          label="From"
          type="date"
          value={draft.fromDay}
          onChange={(e) => set('fromDay')(e.currentTarget.value)}
          max={draft.toDay || undefined}
        />
        <TextInput
          label="To"
          type="date"
          value={draft.toDay}
          onChange={(e) => set('toDay')(e.currentTarget.value)}
          min={draft.fromDay || undefined}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm" gap="xs">
        {active && (
          <Button variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={clear}>
            Clear filters
          </Button>
        )}
        <Button type="submit" variant="light" leftSection={<IconFilter size={14} />}>
          Apply filters
        </Button>
      </Group>
    </form>
  );
}
