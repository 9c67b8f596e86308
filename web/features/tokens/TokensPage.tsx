import { Button, EmptyState } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBook, IconKey, IconPlus } from '@tabler/icons-react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { useSignedInMe } from '../../lib/session';
import { useTokens } from './api';
import { CreateTokenModal } from './CreateTokenModal';
import { TokensTable } from './TokensTable';

/** /settings/api-tokens: tokens for scripts and integrations using the REST API. */
export function TokensPage() {
  const me = useSignedInMe();
  const canManage = me.abilities.includes('tokens.manage');
  const tokens = useTokens();
  const [creating, { open, close }] = useDisclosure(false);
  const list = tokens.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens let scripts and integrations use the Assay REST API with the permissions of a role. Each token belongs to this organization."
        actions={
          <>
            <Button component="a" href="/api/docs" target="_blank" rel="noreferrer" variant="default" leftSection={<IconBook size={16} />}>
              API reference
            </Button>
            {canManage && (
              <Button leftSection={<IconPlus size={16} />} onClick={open}>
                Create token
              </Button>
            )}
          </>
        }
      />
      <Section padding="xs">
        {tokens.isPending ? (
          <Loading label="Loading tokens…" />
        ) : tokens.isError ? (
          <ErrorAlert error={tokens.error} title="Tokens could not be loaded" onRetry={() => tokens.refetch()} />
        ) : list.length === 0 ? (
          <EmptyState
            py="xl"
            variant="light"
            icon={<IconKey size={24} />}
            title="No API tokens yet"
            description="Create one to call the Assay API from scripts and CI. The API reference lists every endpoint."
          >
            {canManage && (
              <EmptyState.Actions>
                <Button onClick={open}>Create token</Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        ) : (
          <>
            <TokensTable tokens={list} canManage={canManage} />
            <LoadMore hasMore={!!tokens.hasNextPage} loading={tokens.isFetchingNextPage} onClick={() => tokens.fetchNextPage()} />
          </>
        )}
      </Section>
      {canManage && <CreateTokenModal opened={creating} onClose={close} roles={me.grantableRoles} />}
    </>
  );
}
