import { Grid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { useSignedInMe } from '../../lib/session';
import { NextSteps } from './NextSteps';
import { OrgFacts } from './OrgFacts';
import { ReadinessSummary } from './ReadinessSummary';
import { RecentActivity } from './RecentActivity';

/** The first page after sign-in: the organization, the person's place in it, and what happened lately. */
export function OverviewPage() {
  const me = useSignedInMe();
  const can = (a: string) => me.abilities.includes(a);
  const org = useQuery({ queryKey: ['org'], queryFn: () => api.get('/org') });
  const members = useQuery({
    queryKey: ['members', 'count'],
    queryFn: () => api.get('/members', { query: { limit: 200 } }),
    enabled: can('members.read'),
  });
  const memberCount = members.data ? `${members.data.items.length}${members.data.nextCursor ? '+' : ''}` : undefined;
  const firstName = me.user.name.split(/\s+/)[0];

  return (
    <>
      <PageHeader title={`Welcome, ${firstName}`} description={`An overview of ${me.activeOrg?.name ?? 'your organization'} in Assay.`} />
      <Stack gap="lg">
        {can('readiness.read') && <ReadinessSummary />}
        <OrgFacts
          org={org.data}
          orgError={org.error}
          role={me.activeOrg!.role}
          memberCount={memberCount}
          showMembers={can('members.read')}
        />
        <Grid gap="lg">
          {can('audit.read') && (
            <Grid.Col span={{ base: 12, md: 7 }}>
              <RecentActivity />
            </Grid.Col>
          )}
          <Grid.Col span={{ base: 12, md: can('audit.read') ? 5 : 12 }}>
            <NextSteps abilities={me.abilities} />
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
