import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { Section } from '../../components/Section';
import type { CriterionTemplateRef } from '../../lib/catalog';
import { useTemplates } from './api';
import { TemplateDrawer } from './TemplateDrawer';

function List({ title, refs, open }: { title: string; refs: CriterionTemplateRef[]; open(id: string): void }) {
  if (!refs.length) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {title} ({refs.length})
      </Text>
      {refs.map((t) => (
        <UnstyledButton key={t.id} onClick={() => open(t.id)} py={4}>
          <Group gap="sm" wrap="nowrap">
            <Badge variant="default" tt="none" radius="sm" w={74} style={{ flexShrink: 0 }}>
              {t.id}
            </Badge>
            <Text size="sm" c="blue.8">
              {t.title}
            </Text>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}

/** The templates addressing a criterion, primary first; each opens in full. */
export function CriterionTemplates({ refs }: { refs: CriterionTemplateRef[] }) {
  const templates = useTemplates();
  const [openId, setOpenId] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  const open = (id: string) => {
    setOpenId(id);
    setOpened(true);
  };
  return (
    <Section title="Templates addressing it" description="Primary templates answer the criterion directly; supporting ones help.">
      {refs.length === 0 ? (
        <Text size="sm" c="dimmed">
          No template addresses this criterion yet. Create a custom control for it on the Controls page.
        </Text>
      ) : (
        <Stack gap="md">
          <List title="Primary" refs={refs.filter((r) => r.relation === 'primary')} open={open} />
          <List title="Supporting" refs={refs.filter((r) => r.relation === 'supporting')} open={open} />
        </Stack>
      )}
      <TemplateDrawer template={templates.data?.find((t) => t.id === openId) ?? null} opened={opened} onClose={() => setOpened(false)} />
    </Section>
  );
}
