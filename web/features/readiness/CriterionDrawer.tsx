import { Alert, Badge, Drawer, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { ControlStatusBadge } from '../../components/ControlStatusBadge';
import { TextLink } from '../../components/links';
import { categoryLabel, formatPercent } from '../../lib/labels';
import type { CriterionControl, CriterionReadiness } from './api';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The reasons in words, each with what fixes it. */
function Reasons({ c }: { c: CriterionReadiness }) {
  const notImplemented = c.gaps.filter((g) => g.kind === 'not_implemented').length;
  const noOwner = c.gaps.filter((g) => g.kind === 'no_owner').length;
  if (!c.gaps.length) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title="Nothing missing">
        Every control addressing {c.id} is implemented and has an owner.
      </Alert>
    );
  }
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Why it is not ready">
      <List size="sm" spacing={4}>
        {c.gaps.some((g) => g.kind === 'no_control') && (
          <List.Item>
            <strong>No control</strong> addresses it. Adopt a template (see{' '}
            <TextLink to="/catalog/criteria/$criterionId" params={{ criterionId: c.id }} size="sm">
              templates for {c.id}
            </TextLink>
            ) or create a custom control and link it.
          </List.Item>
        )}
        {notImplemented > 0 && (
          <List.Item>
            <strong>{plural(notImplemented, 'control is', 'controls are')} not implemented</strong> yet: implement them and set the status.
          </List.Item>
        )}
        {noOwner > 0 && (
          <List.Item>
            <strong>{plural(noOwner, 'control has', 'controls have')} no owner</strong>: assign one on the control page.
          </List.Item>
        )}
      </List>
    </Alert>
  );
}

const ready = (x: CriterionControl) => x.status === 'implemented' && x.owned;

/** Why one criterion is (not) ready, and every control counting towards it, the ones holding it back first. */
export function CriterionDrawer({
  criterion,
  opened,
  onClose,
}: {
  criterion: CriterionReadiness | null;
  opened: boolean;
  onClose(): void;
}) {
  const c = criterion;
  const controls = c ? [...c.controls].sort((a, b) => Number(ready(a)) - Number(ready(b))) : [];
  return (
    <Drawer opened={opened && !!c} onClose={onClose} position="right" size="xl" title={c ? `${c.id} · ${categoryLabel(c.category)}` : ''}>
      {c && (
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={2} fz="h3">
              {c.title}
            </Title>
            <Group gap="xs">
              <Badge color={c.ready ? 'teal' : 'orange'} variant="light" tt="none">
                {c.ready ? 'Ready' : 'Not ready'}
              </Badge>
              <Text size="sm" c="dimmed">
                Score {formatPercent(c.score)}
              </Text>
              <TextLink to="/catalog/criteria/$criterionId" params={{ criterionId: c.id }} size="sm">
                What this criterion asks
              </TextLink>
            </Group>
          </Stack>
          <Reasons c={c} />
          {controls.length > 0 && (
            <Stack gap="xs">
              <Title order={3} fz="h5">
                {plural(controls.length, 'control counts', 'controls count')} towards {c.id}
              </Title>
              <Table.ScrollContainer minWidth={520}>
                <Table aria-label={`Controls for ${c.id}`} verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Control</Table.Th>
                      <Table.Th w={96}>Link</Table.Th>
                      <Table.Th w={130}>Status</Table.Th>
                      <Table.Th w={90}>Owner</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {controls.map((x) => (
                      <Table.Tr key={x.id}>
                        <Table.Td>
                          <TextLink to="/controls/$controlId" params={{ controlId: x.id }} size="sm" fw={650} ff="monospace">
                            {x.code}
                          </TextLink>
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {x.title}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{x.relation === 'primary' ? 'Primary' : 'Supporting'}</Text>
                        </Table.Td>
                        <Table.Td>
                          <ControlStatusBadge status={x.status} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" c={x.owned ? undefined : 'orange.8'} fw={x.owned ? undefined : 600}>
                            {x.owned ? 'Assigned' : 'None'}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
