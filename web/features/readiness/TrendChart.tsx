import '@mantine/charts/styles.css';
import { AreaChart } from '@mantine/charts';
import { SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { formatPercent } from '../../lib/labels';
import { useReadinessTrend } from './api';

const dayFmt = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** Daily readiness snapshots (SOC 2 and ISO/IEC 27001) over the chosen period. */
export function TrendChart() {
  const [days, setDays] = useState('90');
  const trend = useReadinessTrend(Number(days));
  const data = (trend.data ?? []).map((p) => ({
    day: dayFmt.format(new Date(`${p.day}T00:00:00Z`)),
    soc2: p.frameworks?.soc2 ?? p.overall,
    iso: p.frameworks?.iso27001 ?? 0,
  }));
  return (
    <Section
      title="Trend"
      description="One snapshot a day, taken whenever readiness is looked at."
      actions={
        <SegmentedControl
          size="xs"
          value={days}
          onChange={setDays}
          aria-label="Period"
          data={[
            { value: '30', label: '30 days' },
            { value: '90', label: '90 days' },
            { value: '365', label: '1 year' },
          ]}
        />
      }
    >
      {trend.isPending ? (
        <Loading label="Loading the trend…" minHeight={220} />
      ) : trend.isError ? (
        <ErrorAlert error={trend.error} title="The trend could not be loaded" onRetry={() => trend.refetch()} />
      ) : (
        <>
          <AreaChart
            h={220}
            data={data}
            dataKey="day"
            series={[
              { name: 'soc2', label: 'SOC 2', color: 'blue.6' },
              { name: 'iso', label: 'ISO/IEC 27001', color: 'grape.5' },
            ]}
            curveType="monotone"
            withLegend
            legendProps={{ verticalAlign: 'bottom', height: 36 }}
            yAxisProps={{ domain: [0, 100], width: 44 }}
            valueFormatter={formatPercent}
            withDots={data.length < 40}
            fillOpacity={0.15}
            aria-label="Readiness over time"
          />
          {data.length < 2 && (
            <Text size="xs" c="dimmed" mt="xs">
              The line grows from today: Assay keeps one point per day.
            </Text>
          )}
        </>
      )}
    </Section>
  );
}
