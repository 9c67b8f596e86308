import { Group, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconKey, IconShieldCheck, IconShieldLock, IconTarget, IconUserPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Section } from '../../components/Section';

function Step({
  to,
  icon,
  title,
  text,
}: {
  to: '/members' | '/settings/sso' | '/settings/api-tokens' | '/scope' | '/controls';
  icon: ReactNode;
  title: string;
  text: string;
}) {
  return (
    <UnstyledButton
      component={Link}
      to={to}
      p="sm"
      style={{ borderRadius: 'var(--mantine-radius-md)', border: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Group wrap="nowrap" gap="sm">
        <ThemeIcon variant="light" size={36} radius="md">
          {icon}
        </ThemeIcon>
        <Stack gap={0} style={{ flex: 1 }}>
          <Text size="sm" fw={600}>
            {title}
          </Text>
          <Text size="xs" c="dimmed">
            {text}
          </Text>
        </Stack>
        <IconChevronRight size={16} color="var(--mantine-color-gray-5)" aria-hidden />
      </Group>
    </UnstyledButton>
  );
}

/** Setup tasks the person can do now, each a link to the page that does it. */
export function NextSteps({ abilities, memberCount }: { abilities: string[]; memberCount?: number }) {
  const can = (a: string) => abilities.includes(a);
  const steps = [
    can('scope.manage') && (
      <Step
        key="scope"
        to="/scope"
        icon={<IconTarget size={18} />}
        title="Define your SOC 2 scope"
        text="Pick the categories in scope and draft the system description."
      />
    ),
    can('controls.manage') && (
      <Step
        key="controls"
        to="/controls"
        icon={<IconShieldCheck size={18} />}
        title="Adopt controls and assign owners"
        text="Start from templates that fit your scope; each control needs an owner."
      />
    ),
    can('invitations.manage') && (
      <Step
        key="invite"
        to="/members"
        icon={<IconUserPlus size={18} />}
        title={memberCount === 1 ? 'Invite your team' : 'Invite more people'}
        text="Control owners, employees and your auditor each get their own role."
      />
    ),
    can('sso.manage') && (
      <Step
        key="sso"
        to="/settings/sso"
        icon={<IconShieldLock size={18} />}
        title="Set up single sign-on"
        text="Let people sign in through your identity provider."
      />
    ),
    can('tokens.manage') && (
      <Step
        key="tokens"
        to="/settings/api-tokens"
        icon={<IconKey size={18} />}
        title="Create an API token"
        text="Automate Assay from scripts and CI through the REST API."
      />
    ),
  ].filter(Boolean);
  return (
    <Section title="Next steps" description={steps.length ? 'Things to set up for your organization.' : undefined}>
      {steps.length ? (
        <Stack gap="sm">{steps}</Stack>
      ) : (
        <Text size="sm" c="dimmed">
          You are all set. Your admins manage members and settings; ask them if you need a different role.
        </Text>
      )}
    </Section>
  );
}
