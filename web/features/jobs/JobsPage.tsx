import { Button, EmptyState, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconRefresh, IconStack2 } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { useSignedInMe } from '../../lib/session';
import { type JobState, useJobs } from './api';
import { JobsTable } from './JobsTable';

const STATES = [
  { value: '', label: 'All' },
  { value: 'queued', label: 'Queued' },
  { value: 'active', label: 'Running' },
  { value: 'failed', label: 'Failed' },
  { value: 'dead', label: 'Dead' },
  { value: 'completed', label: 'Completed' },
];
const STEP = 50;
const MAX = 200;

/** /settings/jobs: what the background worker did, what failed and why, and retrying it. */
export function JobsPage() {
  const me = useSignedInMe();
  const [state, setState] = useState<JobState | ''>('');
  const [limit, setLimit] = useState(STEP);
  const jobs = useJobs(state, limit);
  const items = jobs.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="Background jobs"
        description="Scheduled and queued work of this Assay server, shared by all of its organizations (for example, clearing expired sessions). Failed jobs show their error and can be run again."
        actions={
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            onClick={() => jobs.refetch()}
            loading={jobs.isFetching && !jobs.isPending}
          >
            Refresh
          </Button>
        }
      />
      <Stack gap="lg">
        <Group justify="space-between" wrap="wrap">
          <SegmentedControl
            aria-label="Job state"
            data={STATES}
            value={state}
            onChange={(v) => {
              setState(v as JobState | '');
              setLimit(STEP);
            }}
          />
          {jobs.data && (
            <Text size="sm" c="dimmed">
              Queue driver: {jobs.data.driver === 'pg-boss' ? 'pg-boss (PostgreSQL)' : 'built-in (SQLite)'}
            </Text>
          )}
        </Group>
        <Section padding="xs">
          {jobs.isPending ? (
            <Loading label="Loading jobs…" />
          ) : jobs.isError ? (
            <ErrorAlert error={jobs.error} title="Jobs could not be loaded" onRetry={() => jobs.refetch()} />
          ) : items.length === 0 ? (
            <EmptyState
              py="xl"
              icon={<IconStack2 size={24} />}
              title={state ? `No ${STATES.find((s) => s.value === state)?.label.toLowerCase()} jobs` : 'No jobs yet'}
              description={
                state === 'failed' || state === 'dead' ? 'Nothing has failed. Good.' : 'Jobs appear here once the server schedules work.'
              }
            />
          ) : (
            <>
              <JobsTable jobs={items} canRetry={me.abilities.includes('jobs.manage')} />
              <LoadMore
                hasMore={items.length >= limit && limit < MAX}
                loading={jobs.isFetching}
                onClick={() => setLimit((l) => Math.min(l + STEP, MAX))}
              />
            </>
          )}
        </Section>
      </Stack>
    </>
  );
}
