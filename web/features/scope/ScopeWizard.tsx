import { Alert, Button, Group, Paper, Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { ButtonLink } from '../../components/links';
import { useCan } from '../../lib/abilities';
import { AdoptStep } from './AdoptStep';
import { type Scope, useSaveDescription, useSaveProfile } from './api';
import { CategoriesStep } from './CategoriesStep';
import { DescriptionStep } from './DescriptionStep';
import { descriptionProblems } from './guidance';
import { ProfileStep } from './ProfileStep';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const STEPS = [
  { label: 'Profile', description: 'Who the report is about' },
  { label: 'Categories', description: 'What the report covers' },
  { label: 'System description', description: 'DC1–DC9' },
  { label: 'Adopt controls', description: 'Start from templates' },
];

/** The four steps: profile, categories, system description, adopt controls. Moving on saves the step. */
export function ScopeWizard({ scope }: { scope: Scope }) {
  const can = useCan();
  const [active, setActive] = useState(0);
  const [profile, setProfile] = useState(scope.profile);
  const [description, setDescription] = useState(scope.systemDescription);
  const [problems, setProblems] = useState<string[]>([]);
  const saveProfile = useSaveProfile();
  const saveDescription = useSaveDescription();
  const saving = saveProfile.isPending || saveDescription.isPending;
  // On a phone the four labels do not fit side by side: the steps show as numbers, the current one is named below.
  const phone = useMediaQuery('(max-width: 47.99em)');
  const step = (i: number) => (phone ? { 'aria-label': STEPS[i].label } : STEPS[i]);

  /** Saves what the current step changed; false when it could not be saved. */
  const saveStep = async (): Promise<boolean> => {
    try {
      if (active <= 1 && !same(profile, scope.profile)) setProfile((await saveProfile.mutateAsync(profile)).profile);
      if (active === 2) {
        const found = descriptionProblems(description);
        setProblems(found);
        if (found.length) return false;
        if (!same(description, scope.systemDescription)) setDescription((await saveDescription.mutateAsync(description)).systemDescription);
      }
      return true;
    } catch {
      return false; // the mutation already told the person why
    }
  };
  const goTo = async (step: number) => {
    if (step === active || saving) return;
    if (await saveStep()) setActive(step);
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
      {phone && (
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb="xs">
          Step {active + 1} of {STEPS.length} · {STEPS[active].label}
        </Text>
      )}
      <Stepper active={active} onStepClick={(s) => void goTo(s)} allowNextStepsSelect wrap={false} size="sm">
        <Stepper.Step {...step(0)}>
          <ProfileStep value={profile} onChange={setProfile} />
        </Stepper.Step>
        <Stepper.Step {...step(1)}>
          <CategoriesStep value={profile.categories} onChange={(categories) => setProfile({ ...profile, categories })} />
        </Stepper.Step>
        <Stepper.Step {...step(2)}>
          <DescriptionStep value={description} onChange={setDescription} categories={profile.categories} />
        </Stepper.Step>
        <Stepper.Step {...step(3)}>
          <AdoptStep categories={scope.profile.categories} canAdopt={can('controls.manage')} />
        </Stepper.Step>
      </Stepper>
      {problems.length > 0 && active === 2 && (
        <Alert color="red" variant="light" title="Some entries are incomplete" mt="md" role="alert">
          {problems.join(' ')}
        </Alert>
      )}
      <Group justify="space-between" mt="xl">
        <Button
          variant="default"
          leftSection={<IconArrowLeft size={16} />}
          onClick={() => void goTo(active - 1)}
          disabled={active === 0 || saving}
        >
          Back
        </Button>
        {active < 3 ? (
          <Button rightSection={<IconArrowRight size={16} />} loading={saving} onClick={() => void goTo(active + 1)}>
            Save and continue
          </Button>
        ) : (
          <ButtonLink to="/readiness">See readiness</ButtonLink>
        )}
      </Group>
    </Paper>
  );
}
