import { Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { Section } from '../../components/Section';
import { categoryLabel } from '../../lib/labels';
import type { Scope } from './api';
import { CHANGES, NARRATIVE, readField } from './guidance';

function Para({ label, text }: { label: string; text: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" c={text.trim() ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
        {text.trim() || '[To be completed]'}
      </Text>
    </Stack>
  );
}

/** The scope for people who may read it but not change it. */
export function ScopeReadOnly({ scope }: { scope: Scope }) {
  const { profile: p, systemDescription: d } = scope;
  return (
    <Stack gap="lg">
      <Section
        title="Organization and categories"
        description="Compliance managers and admins change the scope; you can read it and download the draft."
      >
        <SimpleGrid cols={{ base: 1, sm: 4 }} mb="md">
          <Para label="Legal name" text={p.legalName} />
          <Para label="Website" text={p.website} />
          <Para label="Industry" text={p.industry} />
          <Para label="Headcount" text={p.headcount} />
        </SimpleGrid>
        <Group gap="xs">
          {p.categories.map((c) => (
            <Badge key={c} variant="light" tt="none">
              {categoryLabel(c)}
            </Badge>
          ))}
        </Group>
      </Section>
      {NARRATIVE.map((s) => (
        <Section key={s.id} title={`${s.dc} · ${s.title}`}>
          <Stack gap="md">
            {s.fields.map((f) => (
              <Para key={f.key} label={f.label} text={readField(d, f.key)} />
            ))}
          </Stack>
        </Section>
      ))}
      <Section title="DC7 · Customers and subservice organizations">
        <Stack gap="md">
          <Text size="sm" fw={600}>
            CUECs
          </Text>
          {d.cuecs.length ? (
            <List size="sm">
              {d.cuecs.map((c) => (
                <List.Item key={c.text}>
                  {c.text}{' '}
                  {c.criteria.length > 0 && (
                    <Text span c="dimmed">
                      ({c.criteria.join(', ')})
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              None listed.
            </Text>
          )}
          <Text size="sm" fw={600}>
            Subservice organizations
          </Text>
          {d.subserviceOrgs.length ? (
            d.subserviceOrgs.map((s) => (
              <Stack key={s.name} gap={2}>
                <Text size="sm">
                  <strong>{s.name}</strong> · {s.method === 'carve_out' ? 'carve-out' : 'inclusive'}
                  {s.criteria.length > 0 && ` · ${s.criteria.join(', ')}`}
                </Text>
                {s.services && (
                  <Text size="sm" c="dimmed">
                    {s.services}
                  </Text>
                )}
                {s.csocs.length > 0 && (
                  <List size="sm">
                    {s.csocs.map((c) => (
                      <List.Item key={c}>{c}</List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            ))
          ) : (
            <Text size="sm" c="dimmed">
              None listed.
            </Text>
          )}
        </Stack>
      </Section>
      <Section title="DC8 · Criteria not relevant">
        {d.notRelevant.length ? (
          <List size="sm">
            {d.notRelevant.map((n) => (
              <List.Item key={n.criterionId}>
                <strong>{n.criterionId}</strong>: {n.reason}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            Every criterion in scope applies.
          </Text>
        )}
      </Section>
      <Section title="DC9 · Significant changes">
        <Para label={CHANGES.label} text={d.significantChanges} />
      </Section>
    </Stack>
  );
}
