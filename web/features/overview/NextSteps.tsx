import { Group, Progress, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconCheck, IconChevronRight, IconKey, IconShieldCheck, IconShieldLock, IconTarget, IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Section } from '../../components/Section';
import { api, type Schema } from '../../lib/api';

type SetupProgress = Schema<'SetupProgress'>;

interface StepDef {
  key: string;
  ability: string;
  to: '/members' | '/settings/sso' | '/settings/api-tokens' | '/scope' | '/controls';
  icon: ReactNode;
  title: string;
  /** Whether it is done and, where there is news, what to say instead of `text`; null when the caller cannot tell. */
  state(p: SetupProgress): { done: boolean; text?: string } | null | undefined;
  text: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const STEPS: StepDef[] = [
  {
    key: 'scope',
    ability: 'scope.manage',
    to: '/scope',
    icon: <IconTarget size={18} />,
    title: 'Define your SOC 2 scope',
    text: 'Pick the categories in scope and draft the system description.',
    state: (p) => p.scope && { done: p.scope.saved, text: p.scope.saved ? 'Scope saved. Revisit it when the system changes.' : undefined },
  },
  {
    key: 'controls',
    ability: 'controls.manage',
    to: '/controls',
    icon: <IconShieldCheck size={18} />,
    title: 'Adopt controls and assign owners',
    text: 'Start from templates that fit your scope; each control needs an owner.',
    state: (p) =>
      p.controls && p.controls.active > 0
        ? {
            done: p.controls.withoutOwner === 0,
            text:
              p.controls.withoutOwner === 0
                ? `Every one of the ${p.controls.active} active controls has an owner.`
                : `${plural(p.controls.withoutOwner, 'control still needs', 'controls still need')} an owner.`,
          }
        : undefined,
  },
  {
    key: 'invite',
    ability: 'invitations.manage',
    to: '/members',
    icon: <IconUserPlus size={18} />,
    title: 'Invite your team',
    text: 'Control owners, employees and your auditor each get their own role.',
    state: (p) =>
      p.team && {
        done: p.team.members > 1 || (p.team.pendingInvitations ?? 0) > 0,
        text:
          p.team.members > 1
            ? `${plural(p.team.members, 'member', 'members')} so far.`
            : p.team.pendingInvitations
              ? `${plural(p.team.pendingInvitations, 'invitation', 'invitations')} waiting to be accepted.`
              : undefined,
      },
  },
  {
    key: 'sso',
    ability: 'sso.manage',
    to: '/settings/sso',
    icon: <IconShieldLock size={18} />,
    title: 'Set up single sign-on',
    text: 'Let people sign in through your identity provider.',
    state: (p) => p.sso && { done: p.sso.enabled, text: p.sso.enabled ? 'Single sign-on is on.' : undefined },
  },
  {
    key: 'tokens',
    ability: 'tokens.manage',
    to: '/settings/api-tokens',
    icon: <IconKey size={18} />,
    title: 'Create an API token',
    text: 'Automate Assay from scripts and CI through the REST API.',
    state: (p) =>
      p.tokens && {
        done: p.tokens.active > 0,
        text: p.tokens.active ? `${plural(p.tokens.active, 'active token', 'active tokens')}.` : undefined,
      },
  },
];

function Step({ def, state }: { def: StepDef; state?: { done: boolean; text?: string } }) {
  const done = state?.done ?? false;
  return (
    <UnstyledButton
      component={Link}
      to={def.to}
      p="sm"
      aria-label={`${def.title}${done ? ' (done)' : ''}`}
      style={{ borderRadius: 'var(--mantine-radius-md)', border: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Group wrap="nowrap" gap="sm">
        <ThemeIcon variant="light" color={done ? 'teal' : 'blue'} size={36} radius="md">
          {done ? <IconCheck size={18} /> : def.icon}
        </ThemeIcon>
        <Stack gap={0} style={{ flex: 1 }}>
          <Text size="sm" fw={600} c={done ? 'dimmed' : undefined}>
            {def.title}
          </Text>
          <Text size="xs" c="dimmed">
            {state?.text ?? def.text}
          </Text>
        </Stack>
        <IconChevronRight size={16} color="var(--mantine-color-gray-5)" aria-hidden />
      </Group>
    </UnstyledButton>
  );
}

/** Setup tasks the person can do, each a link to the page that does it, ticked off as the organization gets there. */
export function NextSteps({ abilities }: { abilities: string[] }) {
  const progress = useQuery({ queryKey: ['org', 'progress'], queryFn: () => api.get('/org/progress') });
  const steps = STEPS.filter((s) => abilities.includes(s.ability)).map((def) => ({
    def,
    state: progress.data ? (def.state(progress.data) ?? undefined) : undefined,
  }));
  const done = steps.filter((s) => s.state?.done).length;
  return (
    <Section
      title="Next steps"
      description={
        steps.length ? (progress.data ? `${done} of ${steps.length} done` : 'Things to set up for your organization.') : undefined
      }
    >
      {steps.length ? (
        <Stack gap="sm">
          {progress.data && <Progress value={(done / steps.length) * 100} color="teal" size="sm" aria-label="Setup progress" />}
          {steps.map((s) => (
            <Step key={s.def.key} def={s.def} state={s.state} />
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          You are all set. Your admins manage members and settings; ask them if you need a different role.
        </Text>
      )}
    </Section>
  );
}
