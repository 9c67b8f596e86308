import { Button, EmptyState, Group, Pagination, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconPlus, IconShieldCheck, IconTemplate } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ButtonLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { useCan } from '../../lib/abilities';
import { AdoptModal } from './AdoptModal';
import { useControls } from './api';
import { ControlFiltersBar } from './ControlFiltersBar';
import { ControlsTable } from './ControlsTable';
import { applyFilters, type ControlFilters, type ControlsSearch, filtersOf, searchOf } from './filters';
import { NewControlModal } from './NewControlModal';

const PAGE = 25;

/** /controls: the organization's controls, filtered and paged; adopt templates or create your own. */
export function ControlsPage({ search, onSearch }: { search: ControlsSearch; onSearch(next: ControlsSearch): void }) {
  const can = useCan();
  const manage = can('controls.manage');
  const controls = useControls();
  // The search box is typed into locally and reaches the address once typing pauses: writing the address on
  // every keystroke would re-render the field from it and could move the cursor or drop a letter.
  const [q, setQ] = useState(search.q ?? '');
  const [settledQ] = useDebouncedValue(q, 300);
  useEffect(() => {
    if (settledQ === q && settledQ !== (search.q ?? '')) onSearch(searchOf({ ...filtersOf(search), q: settledQ }));
  }, [settledQ, q, search, onSearch]);
  const filters = { ...filtersOf(search), q };
  const page = search.page ?? 1;
  const setPage = (p: number) => onSearch(searchOf(filters, p));
  const [adopting, adopt] = useDisclosure(false);
  const [creating, create] = useDisclosure(false);
  const all = controls.data?.items ?? [];
  const rows = applyFilters(all, filters);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages);
  const changeFilters = (f: ControlFilters) => {
    setQ(f.q);
    if (JSON.stringify({ ...f, q: '' }) !== JSON.stringify({ ...filters, q: '' })) onSearch(searchOf(f));
  };

  return (
    <>
      <PageHeader
        title="Controls"
        description="What your organization does to meet the criteria in scope: who owns each control, how often it runs, and how far it is."
        actions={
          manage && (
            <>
              <Button variant="default" leftSection={<IconTemplate size={16} />} onClick={adopt.open}>
                Adopt templates
              </Button>
              <Button leftSection={<IconPlus size={16} />} onClick={create.open}>
                New custom control
              </Button>
            </>
          )
        }
      />
      {controls.isPending ? (
        <Loading label="Loading controls…" />
      ) : controls.isError ? (
        <ErrorAlert error={controls.error} title="Controls could not be loaded" onRetry={() => controls.refetch()} />
      ) : all.length === 0 ? (
        <Section>
          <EmptyState
            py="xl"
            icon={<IconShieldCheck size={26} />}
            title="No controls yet"
            description={
              manage
                ? 'Adopt the templates that fit your scope in one step (you can edit them afterwards), or create a control of your own.'
                : 'Your compliance team has not adopted any controls yet.'
            }
          >
            {manage && (
              <EmptyState.Actions>
                <Button onClick={adopt.open}>Adopt templates</Button>
                {can('scope.manage') && (
                  <ButtonLink to="/scope" variant="default">
                    Review the scope first
                  </ButtonLink>
                )}
              </EmptyState.Actions>
            )}
          </EmptyState>
        </Section>
      ) : (
        <Stack gap="lg">
          <Section>
            <ControlFiltersBar value={filters} onChange={changeFilters} controls={all} />
          </Section>
          <Section padding="xs">
            {rows.length === 0 ? (
              <EmptyState py="xl" size="sm" title="No control matches" description="Clear a filter or search for something else." />
            ) : (
              <>
                <ControlsTable controls={rows.slice((current - 1) * PAGE, current * PAGE)} />
                <Group justify="space-between" px="sm" py="xs">
                  <Text size="sm" c="dimmed">
                    {rows.length === all.length ? `${all.length} controls` : `${rows.length} of ${all.length} controls`}
                  </Text>
                  {pages > 1 && <Pagination total={pages} value={current} onChange={setPage} size="sm" aria-label="Pages of controls" />}
                </Group>
              </>
            )}
          </Section>
        </Stack>
      )}
      {manage && <AdoptModal opened={adopting} onClose={adopt.close} />}
      {manage && <NewControlModal opened={creating} onClose={create.close} />}
    </>
  );
}
