import { Button, EmptyState, Stack } from '@mantine/core';
import { IconDownload, IconHistory } from '@tabler/icons-react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { AuditFiltersForm } from './AuditFiltersForm';
import { AuditTable } from './AuditTable';
import { type AuditFilters, type AuditSearch, auditCsvUrl, auditFiltersOf, auditSearchOf, useAuditLog, useVerifyChain } from './api';
import { VerifyChainButton, VerifyChainResult } from './VerifyChain';

/** /audit-log: every change in the organization, hash-chained so that tampering shows. */
export function AuditLogPage({ search, onSearch }: { search: AuditSearch; onSearch(next: AuditSearch): void }) {
  const filters = auditFiltersOf(search);
  const setFilters = (f: AuditFilters) => onSearch(auditSearchOf(f));
  const log = useAuditLog(filters);
  const verify = useVerifyChain();
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made in this organization, by whom, when and from where. Each entry carries the hash of the one before it, so an altered or deleted entry breaks the chain."
        actions={
          <>
            <Button component="a" href={auditCsvUrl(filters)} download variant="default" leftSection={<IconDownload size={16} />}>
              {filtered ? 'Export these entries (CSV)' : 'Export CSV'}
            </Button>
            <VerifyChainButton verify={verify} />
          </>
        }
      />
      <Stack gap="lg">
        <VerifyChainResult verify={verify} />
        <Section>
          <AuditFiltersForm key={JSON.stringify(filters)} value={filters} onApply={setFilters} />
        </Section>
        <Section padding="xs">
          {log.isPending ? (
            <Loading label="Loading entries…" />
          ) : log.isError ? (
            <ErrorAlert error={log.error} title="The audit log could not be loaded" onRetry={() => log.refetch()} />
          ) : entries.length === 0 ? (
            <EmptyState
              py="xl"
              icon={<IconHistory size={24} />}
              title={filtered ? 'No entries match these filters' : 'No entries yet'}
              description={filtered ? 'Widen the date range or clear a filter.' : 'Changes in this organization will appear here.'}
            />
          ) : (
            <>
              <AuditTable entries={entries} />
              <LoadMore
                hasMore={!!log.hasNextPage}
                loading={log.isFetchingNextPage}
                onClick={() => log.fetchNextPage()}
                label="Load older entries"
              />
            </>
          )}
        </Section>
      </Stack>
    </>
  );
}
