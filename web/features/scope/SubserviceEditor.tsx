import { Group, Paper, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { CriteriaSelect } from '../../components/CriteriaSelect';
import { AddRowButton, RemoveRowButton } from '../../components/RowButtons';
import { useListKeys } from '../../lib/useListKeys';
import type { SubserviceOrg } from './api';

const EMPTY: SubserviceOrg = { name: '', services: '', method: 'carve_out', csocs: [''], criteria: [] };

function OrgCard({
  org,
  index,
  onChange,
  onRemove,
  categories,
}: {
  org: SubserviceOrg;
  index: number;
  onChange(o: SubserviceOrg): void;
  onRemove(): void;
  categories: string[];
}) {
  const label = org.name.trim() || `Subservice organization ${index + 1}`;
  const csocKeys = useListKeys(org.csocs.length);
  const setCsoc = (i: number, v: string) => onChange({ ...org, csocs: org.csocs.map((c, j) => (j === i ? v : c)) });
  const removeCsoc = (i: number) => {
    csocKeys.removed(i);
    onChange({ ...org, csocs: org.csocs.filter((_, j) => j !== i) });
  };
  return (
    <Paper withBorder p="md" radius="md" component="fieldset" aria-label={label} style={{ margin: 0 }}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            {label}
          </Text>
          <RemoveRowButton label={`Remove ${label}`} onClick={onRemove} />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label="Name"
            placeholder="Amazon Web Services"
            required
            maxLength={200}
            value={org.name}
            onChange={(e) => onChange({ ...org, name: e.currentTarget.value })}
          />
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Method
            </Text>
            <SegmentedControl
              aria-label={`Method for ${label}`}
              value={org.method}
              onChange={(v) => onChange({ ...org, method: v as SubserviceOrg['method'] })}
              data={[
                { value: 'carve_out', label: 'Carve-out' },
                { value: 'inclusive', label: 'Inclusive' },
              ]}
            />
          </Stack>
        </Group>
        <Text size="xs" c="dimmed" mt={-6}>
          {org.method === 'carve_out'
            ? 'Carve-out: their controls stay outside your report; you rely on their own SOC 2 report. Most companies use this.'
            : "Inclusive: their controls are described and tested as part of your report, which needs the provider's cooperation."}
        </Text>
        <Textarea
          label="Services they provide"
          autosize
          minRows={2}
          maxLength={2000}
          value={org.services}
          onChange={(e) => onChange({ ...org, services: e.currentTarget.value })}
        />
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            Controls you expect from them (CSOCs)
          </Text>
          {org.csocs.map((c, i) => (
            <Group key={csocKeys.keys[i]} gap="xs" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                aria-label={`CSOC ${i + 1} of ${label}`}
                placeholder="Physical access to data centers is restricted to authorised staff"
                maxLength={1000}
                value={c}
                onChange={(e) => setCsoc(i, e.currentTarget.value)}
              />
              <RemoveRowButton label={`Remove CSOC ${i + 1}`} onClick={() => removeCsoc(i)} />
            </Group>
          ))}
          <AddRowButton label="Add a CSOC" onClick={() => onChange({ ...org, csocs: [...org.csocs, ''] })} />
        </Stack>
        <CriteriaSelect
          label="Criteria that depend on them"
          value={org.criteria}
          onChange={(criteria) => onChange({ ...org, criteria })}
          categories={categories}
        />
      </Stack>
    </Paper>
  );
}

/** Providers the system relies on (cloud, payments, email), each carved out or included. */
export function SubserviceEditor({
  value,
  onChange,
  categories,
}: {
  value: SubserviceOrg[];
  onChange(v: SubserviceOrg[]): void;
  categories: string[];
}) {
  const rows = useListKeys(value.length);
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={600}>
          Subservice organizations
        </Text>
        <Text size="xs" c="dimmed">
          Vendors whose controls your system relies on, such as your cloud provider or payment processor.
        </Text>
      </div>
      {value.map((o, i) => (
        <OrgCard
          key={rows.keys[i]}
          org={o}
          index={i}
          categories={categories}
          onChange={(n) => onChange(value.map((x, j) => (j === i ? n : x)))}
          onRemove={() => {
            rows.removed(i);
            onChange(value.filter((_, j) => j !== i));
          }}
        />
      ))}
      <AddRowButton label="Add a subservice organization" onClick={() => onChange([...value, { ...EMPTY, csocs: [''] }])} />
    </Stack>
  );
}
