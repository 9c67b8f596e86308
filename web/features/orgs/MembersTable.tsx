import { ActionIcon, Badge, Group, Select, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { ConfirmModal, useConfirmedMutation } from '../../components/ConfirmModal';
import { RoleBadge } from '../../components/RoleBadge';
import { formatDate } from '../../lib/format';
import { roleOptions } from '../../lib/roles';
import type { Me } from '../../lib/session';
import { useChangeRole, useRemoveMember } from './api';
import type { Member } from './types';

/** The members of the organization; admins change roles and remove people from here. */
export function MembersTable({ members, me }: { members: Member[]; me: Me }) {
  const manage = me.abilities.includes('members.manage');
  const changeRole = useChangeRole();
  const remove = useConfirmedMutation(useRemoveMember());
  // Only roles this person may grant can be chosen; a member who holds a role above that stays read-only.
  const editable = (m: Member) => manage && me.grantableRoles.includes(m.role);

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="Members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Joined</Table.Th>
              {manage && (
                <Table.Th w={60}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Stack gap={0}>
                    <Group gap={6}>
                      <Text size="sm" fw={500}>
                        {m.name}
                      </Text>
                      {m.userId === me.user.id && (
                        <Badge size="xs" variant="outline" color="gray">
                          You
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {m.email}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {editable(m) ? (
                    <Select
                      aria-label={`Role of ${m.name}`}
                      data={roleOptions(me.grantableRoles)}
                      value={m.role}
                      allowDeselect={false}
                      size="xs"
                      w={190}
                      disabled={changeRole.isPending && changeRole.variables?.id === m.id}
                      onChange={(role) => role && role !== m.role && changeRole.mutate({ id: m.id, role })}
                    />
                  ) : (
                    <RoleBadge role={m.role} />
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(m.joinedAt)}</Text>
                </Table.Td>
                {manage && (
                  <Table.Td>
                    {editable(m) && (
                      <Tooltip label="Remove from organization">
                        <ActionIcon variant="subtle" color="red" aria-label={`Remove ${m.name}`} onClick={() => remove.ask(m)}>
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal {...remove.modal} title="Remove member" confirmLabel="Remove member">
        {remove.target?.userId === me.user.id
          ? 'You are about to remove yourself. You will lose access to this organization right away.'
          : `${remove.target?.name} (${remove.target?.email}) will lose access to this organization right away. Their past actions stay in the audit log.`}
      </ConfirmModal>
    </>
  );
}
