import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { Profile } from './api';

/** Step 1: who the report is about. These details appear on the exports. */
export function ProfileStep({ value, onChange }: { value: Profile; onChange(p: Profile): void }) {
  const set = (k: 'legalName' | 'website' | 'industry' | 'headcount') => (e: React.ChangeEvent<HTMLInputElement>) =>
    onChange({ ...value, [k]: e.currentTarget.value });
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        The organization the SOC 2 report is about. These details appear on the readiness report and the system description.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Legal name"
          placeholder="Acme Compliance Inc."
          maxLength={200}
          value={value.legalName}
          onChange={set('legalName')}
        />
        <TextInput label="Website" placeholder="https://acme.example" maxLength={300} value={value.website} onChange={set('website')} />
        <TextInput label="Industry" placeholder="B2B SaaS, fintech" maxLength={200} value={value.industry} onChange={set('industry')} />
        <TextInput label="Headcount" placeholder="85" maxLength={50} value={value.headcount} onChange={set('headcount')} />
      </SimpleGrid>
    </Stack>
  );
}
