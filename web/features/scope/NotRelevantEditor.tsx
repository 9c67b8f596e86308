import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { AddRowButton, RemoveRowButton } from '../../components/RowButtons';
import { criterionOptions, useAllCriteria } from '../../lib/catalog';
import { useListKeys } from '../../lib/useListKeys';
import type { NotRelevant } from './api';

/** Criteria that do not apply to the system, each with the reason; they leave readiness. */
export function NotRelevantEditor({
  value,
  onChange,
  categories,
}: {
  value: NotRelevant[];
  onChange(v: NotRelevant[]): void;
  categories: string[];
}) {
  const criteria = useAllCriteria();
  const rows = useListKeys(value.length);
  const set = (i: number, n: NotRelevant) => onChange(value.map((x, j) => (j === i ? n : x)));
  const remove = (i: number) => {
    rows.removed(i);
    onChange(value.filter((_, j) => j !== i));
  };
  const options = (own: string) => {
    const taken = new Set(value.map((v) => v.criterionId).filter((id) => id !== own));
    return criterionOptions(criteria.data, categories)
      .map((g) => ({ ...g, items: g.items.filter((o) => !taken.has(o.value)) }))
      .filter((g) => g.items.length);
  };
  return (
    <Stack gap="sm">
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          Every criterion in scope applies. Add one only when it truly does not fit your system (e.g. no physical offices of your own).
        </Text>
      )}
      {value.map((n, i) => (
        <Group key={rows.keys[i]} align="flex-start" wrap="wrap" gap="sm">
          <Select
            label="Criterion"
            w={{ base: '100%', sm: 280 }}
            data={options(n.criterionId)}
            value={n.criterionId || null}
            onChange={(v) => set(i, { ...n, criterionId: v ?? '' })}
            searchable
            placeholder="Pick a criterion"
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label="Reason"
            style={{ flex: '1 1 16rem' }}
            maxLength={1000}
            placeholder="All infrastructure is hosted by AWS; we run no data centers"
            value={n.reason}
            onChange={(e) => set(i, { ...n, reason: e.currentTarget.value })}
            error={n.criterionId && !n.reason.trim() ? 'Say why it does not apply' : undefined}
          />
          <RemoveRowButton mt={28} label={`Remove ${n.criterionId || 'this row'}`} onClick={() => remove(i)} />
        </Group>
      ))}
      <AddRowButton label="Mark a criterion not relevant" onClick={() => onChange([...value, { criterionId: '', reason: '' }])} />
    </Stack>
  );
}
