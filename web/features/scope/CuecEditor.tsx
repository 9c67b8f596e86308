import { Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { CriteriaSelect } from '../../components/CriteriaSelect';
import { AddRowButton, RemoveRowButton } from '../../components/RowButtons';
import { useListKeys } from '../../lib/useListKeys';
import type { Cuec } from './api';

/** Complementary user entity controls: what customers must do themselves, with the criteria that rely on it. */
export function CuecEditor({ value, onChange, categories }: { value: Cuec[]; onChange(v: Cuec[]): void; categories: string[] }) {
  const rows = useListKeys(value.length);
  const set = (i: number, c: Cuec) => onChange(value.map((x, j) => (j === i ? c : x)));
  const remove = (i: number) => {
    rows.removed(i);
    onChange(value.filter((_, j) => j !== i));
  };
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={600}>
          Complementary user entity controls (CUECs)
        </Text>
        <Text size="xs" c="dimmed">
          What your customers must do for your controls to work, e.g. "Customers remove their own users who leave".
        </Text>
      </div>
      {value.map((c, i) => (
        <Paper key={rows.keys[i]} withBorder p="sm" radius="md">
          <Group align="flex-start" wrap="nowrap" gap="sm">
            <Stack gap="xs" style={{ flex: 1 }}>
              <Textarea
                label={`CUEC ${i + 1}`}
                autosize
                minRows={1}
                maxLength={1000}
                value={c.text}
                onChange={(e) => set(i, { ...c, text: e.currentTarget.value })}
              />
              <CriteriaSelect
                label="Criteria it supports"
                value={c.criteria}
                onChange={(criteria) => set(i, { ...c, criteria })}
                categories={categories}
              />
            </Stack>
            <RemoveRowButton mt={24} label={`Remove CUEC ${i + 1}`} onClick={() => remove(i)} />
          </Group>
        </Paper>
      ))}
      <AddRowButton label="Add a CUEC" onClick={() => onChange([...value, { text: '', criteria: [] }])} />
    </Stack>
  );
}
