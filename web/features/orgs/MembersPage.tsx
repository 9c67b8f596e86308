import { Button, EmptyState, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconMailPlus, IconUserPlus } from '@tabler/icons-react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { useSignedInMe } from '../../lib/session';
import { useInvitations, useMembers } from './api';
import { InvitationsTable } from './InvitationsTable';
import { InviteModal } from './InviteModal';
import { MembersTable } from './MembersTable';

/** /members: the people of the organization, their roles, and invitations. */
export function MembersPage() {
  const me = useSignedInMe();
  const org = me.activeOrg!;
  const canInvite = me.abilities.includes('invitations.manage');
  const canSeeInvitations = me.abilities.includes('invitations.read');
  const members = useMembers();
  const invitations = useInvitations(canSeeInvitations);
  const [inviting, { open, close }] = useDisclosure(false);
  const memberList = members.data?.pages.flatMap((p) => p.items) ?? [];
  const invitationList = invitations.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader
        title="Members"
        description={`People in ${org.name}. A person's role decides what they may see and change.`}
        actions={
          canInvite && (
            <Button leftSection={<IconUserPlus size={16} />} onClick={open}>
              Invite member
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <Section padding="xs">
          {members.isPending ? (
            <Loading label="Loading members…" />
          ) : members.isError ? (
            <ErrorAlert error={members.error} title="Members could not be loaded" onRetry={() => members.refetch()} />
          ) : (
            <>
              <MembersTable members={memberList} me={me} />
              <LoadMore hasMore={!!members.hasNextPage} loading={members.isFetchingNextPage} onClick={() => members.fetchNextPage()} />
            </>
          )}
        </Section>
        {canSeeInvitations && (
          <Section title="Invitations" description="Links sent to people who have not joined yet, and what became of them.">
            {invitations.isPending ? (
              <Loading label="Loading invitations…" />
            ) : invitations.isError ? (
              <ErrorAlert error={invitations.error} title="Invitations could not be loaded" onRetry={() => invitations.refetch()} />
            ) : invitationList.length === 0 ? (
              <EmptyState
                size="sm"
                icon={<IconMailPlus size={22} />}
                title="No invitations yet"
                description={canInvite ? 'Invite your colleagues so that they can work in Assay with you.' : 'Nobody has been invited yet.'}
              />
            ) : (
              <>
                <InvitationsTable invitations={invitationList} canManage={canInvite} />
                <LoadMore
                  hasMore={!!invitations.hasNextPage}
                  loading={invitations.isFetchingNextPage}
                  onClick={() => invitations.fetchNextPage()}
                />
              </>
            )}
          </Section>
        )}
      </Stack>
      {canInvite && <InviteModal opened={inviting} onClose={close} roles={me.grantableRoles} orgName={org.name} />}
    </>
  );
}
