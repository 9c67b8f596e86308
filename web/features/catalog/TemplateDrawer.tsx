import { Badge, Drawer, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { TextLink } from '../../components/links';
import { FREQUENCY_LABELS, NATURE_LABELS, ownerFunctionLabel, TEST_METHOD_LABELS } from '../../lib/labels';
import type { Template } from './api';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
}

/** One control template in full: what it does, what it answers, its evidence and test procedure. */
export function TemplateDrawer({ template: t, opened, onClose }: { template: Template | null; opened: boolean; onClose(): void }) {
  return (
    <Drawer opened={opened && !!t} onClose={onClose} position="right" size="lg" title={t ? `Template ${t.id}` : ''}>
      {t && (
        <Stack gap="lg">
          <Stack gap={6}>
            <Title order={2} fz="h3">
              {t.title}
            </Title>
            <Text size="sm">{t.description}</Text>
          </Stack>
          <SimpleGrid cols={2} spacing="sm">
            <Fact label="Domain" value={t.domain} />
            <Fact label="Suggested owner" value={ownerFunctionLabel(t.ownerFunction)} />
            <Fact label="Nature" value={NATURE_LABELS[t.nature]} />
            <Fact label="Frequency" value={FREQUENCY_LABELS[t.frequency]} />
          </SimpleGrid>
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              Criteria
            </Text>
            <Group gap={6}>
              {t.criteria.map((l) => (
                <TextLink key={l.id} to="/catalog/criteria/$criterionId" params={{ criterionId: l.id }} size="sm" onClick={onClose}>
                  {l.id} ({l.relation})
                </TextLink>
              ))}
            </Group>
          </Stack>
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              Evidence
            </Text>
            <List size="sm" spacing={4}>
              {t.evidence.map((e) => (
                <List.Item key={e}>{e}</List.Item>
              ))}
            </List>
          </Stack>
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              How an auditor tests it
            </Text>
            {t.testProcedures.map((p) => (
              <Group key={p.step} gap="xs" wrap="nowrap" align="flex-start">
                <Badge size="sm" variant="light" color="gray" tt="none" w={100} style={{ flexShrink: 0 }}>
                  {TEST_METHOD_LABELS[p.method] ?? p.method}
                </Badge>
                <Text size="sm">{p.step}</Text>
              </Group>
            ))}
          </Stack>
          {t.iso27001.length > 0 && (
            <Stack gap={6}>
              <Text size="sm" fw={600}>
                ISO/IEC 27001:2022
              </Text>
              <Group gap={6}>
                {t.iso27001.map((i) => (
                  <Badge key={i} variant="default" tt="none" radius="sm">
                    {i}
                  </Badge>
                ))}
              </Group>
            </Stack>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
