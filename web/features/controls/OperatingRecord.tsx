import { Stack, Text } from '@mantine/core';
import { Section } from '../../components/Section';
import type { Control } from './api';

function Row({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}

/**
 * What records that the control ran: collected evidence, automated checks and linked policies. None of them
 * can be attached to a control in this release, so the card states that plainly rather than hiding it; the
 * control matrix export says the same ("No evidence recorded").
 */
export function OperatingRecord({ control }: { control: Control }) {
  return (
    <Section title="Operating record" description="What shows an auditor that the control ran.">
      <Stack gap="md">
        <Row
          label="Evidence collected"
          value="None recorded"
          hint={
            control.evidence.length
              ? `${control.evidence.length} kinds of evidence are described under Evidence and testing; for a Type 2 report, keep them from the first day of the period.`
              : undefined
          }
        />
        <Row
          label="Automated checks"
          value="None connected"
          hint={control.nature === 'automated' ? 'This control is automated, but its results are not yet read by Assay.' : undefined}
        />
        <Row label="Policies" value="None linked" />
      </Stack>
    </Section>
  );
}
