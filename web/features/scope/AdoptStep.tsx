import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconTemplate } from '@tabler/icons-react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ButtonLink } from '../../components/links';
import { useAdoptionPlan, useAdoptTemplates } from '../../lib/adoption';

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/** Step 4: adopt every control template that fits the saved scope, in one idempotent step. */
export function AdoptStep({ categories, canAdopt }: { categories: string[]; canAdopt: boolean }) {
  const plan = useAdoptionPlan(categories);
  const adopt = useAdoptTemplates();
  if (plan.error) return <ErrorAlert error={plan.error} title="The templates could not be counted" />;
  if (!plan.ready) return <Loading label="Counting the templates that fit your scope…" />;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Assay's templates are written for SaaS companies. Each names the criteria it addresses, the evidence that proves it ran and how an
        auditor tests it. Adopt them as a starting point and edit them to match what you do. Adopting again later only adds what is new.
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Figure label="Templates that fit your scope" value={plan.fitting} />
        <Figure label="Already adopted" value={plan.adopted} />
        <Figure label="To add" value={plan.toAdd} />
      </SimpleGrid>
      {adopt.data && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={18} />}
          title={`${adopt.data.added.length} controls added`}
          role="status"
        >
          {adopt.data.alreadyAdopted ? `${adopt.data.alreadyAdopted} were adopted before. ` : ''}Next: give each control an owner and move
          its status as the work gets done.
        </Alert>
      )}
      <Group>
        {canAdopt ? (
          <Button
            leftSection={<IconTemplate size={16} />}
            loading={adopt.isPending}
            onClick={() => adopt.mutate()}
            disabled={plan.toAdd === 0}
          >
            {plan.toAdd ? `Adopt ${plan.toAdd} controls` : 'All fitting templates are adopted'}
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            Ask a compliance manager or an admin to adopt the controls.
          </Text>
        )}
        {plan.total > 0 && (
          <ButtonLink to="/controls" variant="default">
            Go to the controls
          </ButtonLink>
        )}
      </Group>
    </Stack>
  );
}
