import { Alert, Grid, Group, Stack } from '@mantine/core';
import { IconRocket } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ButtonLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../lib/abilities';
import { rankGaps, useReadiness } from './api';
import { CriteriaTable } from './CriteriaTable';
import { ExcludedList } from './ExcludedList';
import { HowCalculated } from './HowCalculated';
import { OverallCard } from './OverallCard';
import { CategoryBars, FrameworkBars } from './ScoreBars';
import { TopGaps } from './TopGaps';

// The chart library is large; it loads only when the dashboard is opened.
const TrendChart = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));

/** /readiness: how far the organization is from audit-ready, and exactly what is missing. */
export function ReadinessPage() {
  const can = useCan();
  const readiness = useReadiness();
  const r = readiness.data;
  const noControls = r?.criteria.every((c) => c.controls.length === 0);
  return (
    <>
      <PageHeader
        title="Readiness"
        description="How close you are to a SOC 2 audit, computed from your scope and controls, with every reason a criterion is not ready yet."
        actions={
          <>
            <DownloadButton
              path="/exports/readiness.pdf"
              label="Readiness report (PDF)"
              title="Scores, gaps and the formula, for sharing"
            />
            {can('controls.read') && (
              <DownloadButton
                path="/exports/control-matrix.xlsx"
                label="Control matrix (XLSX)"
                title="Criteria × controls × status × owner, as a workbook"
              />
            )}
          </>
        }
      />
      {readiness.isPending ? (
        <Loading label="Computing readiness…" />
      ) : readiness.isError ? (
        <ErrorAlert error={readiness.error} title="Readiness could not be computed" onRetry={() => readiness.refetch()} />
      ) : (
        r && (
          <Stack gap="lg">
            {noControls && (
              <Alert color="blue" variant="light" icon={<IconRocket size={18} />} title="Start with your scope and controls">
                No control addresses any criterion yet, so every criterion scores 0. Choose the categories in scope, then adopt the control
                templates that fit them.
                {can('scope.manage') && (
                  <Group mt="sm">
                    <ButtonLink to="/scope" size="xs">
                      Set up the scope
                    </ButtonLink>
                  </Group>
                )}
              </Alert>
            )}
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
                <OverallCard r={r} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
                <Suspense fallback={<Loading label="Loading the trend…" minHeight={300} />}>
                  <TrendChart />
                </Suspense>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <CategoryBars r={r} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <FrameworkBars r={r} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 7 }}>
                <TopGaps gaps={rankGaps(r)} totalGaps={r.gaps.length} canCreateTasks={can('tasks.manage')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 5 }}>
                <HowCalculated />
              </Grid.Col>
            </Grid>
            <CriteriaTable r={r} />
            <ExcludedList r={r} canEdit={can('scope.manage')} />
          </Stack>
        )
      )}
    </>
  );
}
