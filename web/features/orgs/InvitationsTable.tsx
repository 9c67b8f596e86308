import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { ConfirmModal, useConfirmedMutation } from '../../components/ConfirmModal';
import { RoleBadge } from '../../components/RoleBadge';
import { formatDate, formatRelative } from '../../lib/format';
import { useRevokeInvitation } from './api';
import type { Invitation, InvitationStatus } from './types';

const STATUS_COLOR: Record<InvitationStatus, string> = { pending: 'blue', accepted: 'teal', revoked: 'gray', expired: 'orange' };

/** Invitations sent from this organization, with revoke for the pending ones. */
export function InvitationsTable({ invitations, canManage }: { invitations: Invitation[]; canManage: boolean }) {
  const revoke = useConfirmedMutation(useRevokeInvitation());
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="Invitations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Sent</Table.Th>
              <Table.Th>Expires</Table.Th>
              {canManage && (
                <Table.Th w={100}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((inv) => (
              <Table.Tr key={inv.id}>
                <Table.Td>
                  <Text size="sm">{inv.email}</Text>
                </Table.Td>
                <Table.Td>
                  <RoleBadge role={inv.role} />
                </Table.Td>
                <Table.Td>
                  <Badge variant="dot" color={STATUS_COLOR[inv.status]} tt="capitalize">
                    {inv.status}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(inv.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {inv.status === 'pending' ? formatRelative(inv.expiresAt) : '—'}
                  </Text>
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    {inv.status === 'pending' && (
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        onClick={() => revoke.ask(inv)}
                        aria-label={`Revoke invitation for ${inv.email}`}
                      >
                        Revoke
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal {...revoke.modal} title="Revoke invitation" confirmLabel="Revoke invitation">
        {`The invitation link sent to ${revoke.target?.email} will stop working. You can invite them again later.`}
      </ConfirmModal>
    </>
  );
}
