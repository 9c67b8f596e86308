import { Alert, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { TextLink } from '../../components/links';
import { useAdoptionPlan, useAdoptTemplates } from '../../lib/adoption';
import { api } from '../../lib/api';
import { categoryLabel } from '../../lib/labels';

/** Adopts every template that fits the categories in scope; says beforehand how many that is. */
export function AdoptModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const scope = useQuery({
    queryKey: ['scope'],
    queryFn: () => api.get('/scope'),
    enabled: opened,
  });
  const categories = scope.data?.profile.categories;
  const plan = useAdoptionPlan(categories, opened);
  const adopt = useAdoptTemplates();
  const error = scope.error ?? plan.error;
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={() => adopt.reset()} title="Adopt control templates" centered size="md">
      {error ? (
        <ErrorAlert error={error} title="The templates could not be counted" />
      ) : !plan.ready ? (
        <Loading label="Counting the templates that fit…" minHeight={120} />
      ) : (
        <Stack>
          <Group gap={6}>
            <Text size="sm">Categories in scope:</Text>
            {categories?.map((c) => (
              <Badge key={c} variant="light" tt="none">
                {categoryLabel(c)}
              </Badge>
            ))}
          </Group>
          <Text size="sm">
            <strong>{plan.fitting}</strong> templates fit your scope; <strong>{plan.adopted}</strong> are adopted already.
            {plan.toAdd > 0 ? ` Adopting adds the other ${plan.toAdd} as controls, not started and without an owner.` : ''}
          </Text>
          {adopt.data && (
            <Alert color="teal" variant="light" title={`${adopt.data.added.length} controls added`}>
              Assign owners and set statuses as the work gets done.
            </Alert>
          )}
          <Text size="xs" c="dimmed">
            Adopting never duplicates a control. To add templates for another category, add it on the <TextLink to="/scope">Scope</TextLink>{' '}
            page first.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {adopt.data ? 'Close' : 'Cancel'}
            </Button>
            {!adopt.data && (
              <Button loading={adopt.isPending} onClick={() => adopt.mutate()} disabled={plan.toAdd === 0}>
                {plan.toAdd ? `Adopt ${plan.toAdd} controls` : 'Everything is adopted'}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
