import { Alert, Anchor, Breadcrumbs, Button, Grid, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlayerPause } from '@tabler/icons-react';
import { useState } from 'react';
import { ControlStatusBadge } from '../../components/ControlStatusBadge';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { TextLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { useCan } from '../../lib/abilities';
import { isStatus } from '../../lib/api';
import { FREQUENCY_LABELS, NATURE_LABELS, ownerFunctionLabel } from '../../lib/labels';
import { ActivationButton } from './ActivationButton';
import { type Control, useControl } from './api';
import { CriteriaCard } from './CriteriaCard';
import { EditControlModal } from './EditControlModal';
import { HowTested } from './HowTested';
import { LinkedTasks } from './LinkedTasks';
import { OperatingRecord } from './OperatingRecord';
import { OwnerStatusCard } from './OwnerStatusCard';
import { StatusHistory } from './StatusHistory';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
}

function About({ control }: { control: Control }) {
  return (
    <Section title="What the control does">
      <Stack gap="md">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {control.description || 'No description yet.'}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          <Fact label="Nature" value={NATURE_LABELS[control.nature]} />
          <Fact label="Frequency" value={FREQUENCY_LABELS[control.frequency]} />
          <Fact label="Domain" value={control.domain} />
          <Fact label="Suggested owner" value={ownerFunctionLabel(control.ownerFunction)} />
        </SimpleGrid>
      </Stack>
    </Section>
  );
}

/** /controls/:id: one control with its owner, status, criteria, evidence, history and tasks. */
export function ControlDetailPage({ controlId }: { controlId: string }) {
  const can = useCan();
  const detail = useControl(controlId);
  const [editing, setEditing] = useState(false);
  const crumbs = (
    <Breadcrumbs mb="sm">
      <TextLink to="/controls" size="sm">
        Controls
      </TextLink>
      <Anchor component="span" size="sm" c="dimmed" underline="never">
        {detail.data?.control.code ?? '…'}
      </Anchor>
    </Breadcrumbs>
  );
  if (detail.isPending)
    return (
      <>
        {crumbs}
        <Loading label="Loading the control…" />
      </>
    );
  if (detail.isError) {
    return (
      <>
        {crumbs}
        <ErrorAlert
          error={detail.error}
          title={isStatus(detail.error, 404) ? 'There is no such control in this organization' : 'The control could not be loaded'}
          onRetry={isStatus(detail.error, 404) ? undefined : () => detail.refetch()}
        />
      </>
    );
  }
  const { control, history, tasks } = detail.data;
  const manage = can('controls.manage');
  return (
    <>
      {crumbs}
      <PageHeader
        title={control.title}
        description={
          <Group gap="xs" component="span">
            <Text span ff="monospace" fw={650} c="dark.6" size="sm">
              {control.code}
            </Text>
            <ControlStatusBadge status={control.status} active={control.active} />
            <Text span size="sm" c="dimmed">
              {control.templateId ? 'Adopted from a template' : 'Custom control'}
            </Text>
          </Group>
        }
        actions={
          manage && (
            <>
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                Edit
              </Button>
              <ActivationButton control={control} />
            </>
          )
        }
      />
      <Stack gap="lg">
        {!control.active && (
          <Alert color="gray" variant="light" icon={<IconPlayerPause size={18} />} title="This control is deactivated">
            {control.deactivatedReason ?? 'No reason was given.'} It does not count towards readiness until it is activated again.
          </Alert>
        )}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              <About control={control} />
              <CriteriaCard control={control} canEdit={manage} />
              <HowTested control={control} canEdit={manage} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="lg">
              <OwnerStatusCard control={control} />
              <OperatingRecord control={control} />
              <LinkedTasks tasks={tasks} />
              <StatusHistory history={history} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      {manage && editing && <EditControlModal control={control} opened={editing} onClose={() => setEditing(false)} />}
    </>
  );
}
