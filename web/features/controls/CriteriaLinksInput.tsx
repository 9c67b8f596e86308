import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { CriteriaSelect } from '../../components/CriteriaSelect';
import type { CriterionLink } from './api';

/** Picks criteria and, for each, whether the control is a primary or a supporting answer to it. */
export function CriteriaLinksInput({
  value,
  onChange,
  error,
}: {
  value: CriterionLink[];
  onChange(v: CriterionLink[]): void;
  error?: string;
}) {
  const pick = (ids: string[]) =>
    onChange(ids.map((id) => value.find((l) => l.id === id) ?? { id, relation: value.length === 0 ? 'primary' : 'supporting' }));
  const setRelation = (id: string, relation: CriterionLink['relation']) =>
    onChange(value.map((l) => (l.id === id ? { ...l, relation } : l)));
  return (
    <Stack gap="xs">
      <CriteriaSelect
        label="Criteria"
        description="The Trust Services Criteria this control answers. Primary links weigh twice as much in readiness."
        value={value.map((l) => l.id)}
        onChange={pick}
        error={error}
        required
      />
      {value.map((l) => (
        <Group key={l.id} justify="space-between" wrap="nowrap" pl="xs">
          <Text size="sm" fw={600}>
            {l.id}
          </Text>
          <SegmentedControl
            size="xs"
            aria-label={`How ${l.id} is addressed`}
            value={l.relation}
            onChange={(v) => setRelation(l.id, v as CriterionLink['relation'])}
            data={[
              { value: 'primary', label: 'Primary' },
              { value: 'supporting', label: 'Supporting' },
            ]}
          />
        </Group>
      ))}
    </Stack>
  );
}
