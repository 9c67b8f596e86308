import { Badge, Button, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { ConfirmModal, useConfirmedMutation } from '../../components/ConfirmModal';
import { RoleBadge } from '../../components/RoleBadge';
import { formatDate, formatDateTime, formatRelative } from '../../lib/format';
import { type ApiToken, tokenStatus, useRevokeToken } from './api';

const STATUS_COLOR = { active: 'teal', revoked: 'gray', expired: 'orange' } as const;

/** The organization's API tokens: never the secret, only its last four characters. */
export function TokensTable({ tokens, canManage }: { tokens: ApiToken[]; canManage: boolean }) {
  const revoke = useConfirmedMutation(useRevokeToken());
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label="API tokens">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Token</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th>Expires</Table.Th>
              {canManage && (
                <Table.Th w={100}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((t) => {
              const status = tokenStatus(t);
              return (
                <Table.Tr key={t.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {t.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      Created {formatDate(t.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RoleBadge role={t.role} />
                  </Table.Td>
                  <Table.Td>
                    <Code aria-label={`ending in ${t.lastFour}`}>…{t.lastFour}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={STATUS_COLOR[status]} tt="capitalize">
                      {status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" title={t.lastUsedAt ? formatDateTime(t.lastUsedAt) : undefined}>
                      {t.lastUsedAt ? formatRelative(t.lastUsedAt) : 'Never'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t.expiresAt ? formatDate(t.expiresAt) : 'Never'}</Text>
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      {status === 'active' && (
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          onClick={() => revoke.ask(t)}
                          aria-label={`Revoke token ${t.name}`}
                        >
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal {...revoke.modal} title="Revoke API token" confirmLabel="Revoke token">
        {`Scripts and integrations using “${revoke.target?.name}” will get 401 errors from now on. This cannot be undone.`}
      </ConfirmModal>
    </>
  );
}
