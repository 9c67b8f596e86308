import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { BlockLink } from '../../components/links';
import { Section } from '../../components/Section';
import { type Control, type CriterionLink, useSetLinks } from './api';
import { CriteriaLinksInput } from './CriteriaLinksInput';

function EditLinksModal({ control, opened, onClose }: { control: Control; opened: boolean; onClose(): void }) {
  const [links, setLinks] = useState<CriterionLink[]>(control.criteria);
  const save = useSetLinks(control.id);
  return (
    <Modal opened={opened} onClose={onClose} title={`Criteria of ${control.code}`} centered size="lg">
      <Stack>
        <CriteriaLinksInput value={links} onChange={setLinks} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={save.isPending} disabled={!links.length} onClick={() => save.mutate(links, { onSuccess: onClose })}>
            Save criteria
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The criteria the control answers (primary or supporting) and the ISO/IEC 27001 controls it also serves. */
export function CriteriaCard({ control, canEdit }: { control: Control; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const sorted = [...control.criteria].sort((a, b) => (a.relation === b.relation ? 0 : a.relation === 'primary' ? -1 : 1));
  return (
    <Section
      title="Criteria"
      description="Primary links weigh twice as much as supporting ones in readiness."
      actions={
        canEdit && (
          <Button variant="subtle" size="compact-sm" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
            Edit criteria
          </Button>
        )
      }
    >
      <Stack gap="md">
        <Group gap="xs">
          {sorted.map((l) => (
            <BlockLink key={l.id} to="/catalog/criteria/$criterionId" params={{ criterionId: l.id }} aria-label={`${l.id}, ${l.relation}`}>
              <Badge variant={l.relation === 'primary' ? 'light' : 'outline'} tt="none" radius="sm" size="lg" style={{ cursor: 'pointer' }}>
                {l.id} · {l.relation}
              </Badge>
            </BlockLink>
          ))}
        </Group>
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            ISO/IEC 27001:2022 Annex A
          </Text>
          {control.iso.length ? (
            <Group gap={6}>
              {control.iso.map((i) => (
                <Badge key={i} variant="default" tt="none" radius="sm">
                  {i}
                </Badge>
              ))}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              Not mapped to ISO/IEC 27001.
            </Text>
          )}
        </Stack>
      </Stack>
      {canEdit && editing && <EditLinksModal control={control} opened={editing} onClose={() => setEditing(false)} />}
    </Section>
  );
}
