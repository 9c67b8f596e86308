import { Code, Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextLink } from '../../components/links';
import { RoleBadge } from '../../components/RoleBadge';
import { formatDate } from '../../lib/format';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap={6}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {label}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

interface OrgFactsProps {
  org?: { name: string; slug: string; createdAt: string };
  orgError: unknown;
  role: string;
  memberCount?: string;
  showMembers: boolean;
}

/** The organization at a glance: name, short name, the person's role and the member count. */
export function OrgFacts({ org, orgError, role, memberCount, showMembers }: OrgFactsProps) {
  if (orgError) return <ErrorAlert error={orgError} title="The organization could not be loaded" />;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="lg">
      <Fact label="Organization">
        {org ? (
          <Text fw={600} size="lg" truncate>
            {org.name}
          </Text>
        ) : (
          <Skeleton h={24} />
        )}
        <Text size="xs" c="dimmed">
          {org ? `Created ${formatDate(org.createdAt)}` : ' '}
        </Text>
      </Fact>
      <Fact label="Short name">
        {org ? <Code fz="md">{org.slug}</Code> : <Skeleton h={24} />}
        <Text size="xs" c="dimmed">
          Used to sign in with single sign-on
        </Text>
      </Fact>
      <Fact label="Your role">
        <div>
          <RoleBadge role={role} />
        </div>
        <Text size="xs" c="dimmed">
          Decides what you can see and change
        </Text>
      </Fact>
      {showMembers && (
        <Fact label="Members">
          {memberCount ? (
            <Text fw={600} size="lg">
              {memberCount}
            </Text>
          ) : (
            <Skeleton h={24} w={40} />
          )}
          <TextLink to="/members" size="xs">
            See everyone
          </TextLink>
        </Fact>
      )}
    </SimpleGrid>
  );
}
