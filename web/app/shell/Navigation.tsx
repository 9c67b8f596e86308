import { Stack, Text } from '@mantine/core';
import {
  IconBook2,
  IconChecklist,
  IconGauge,
  IconHistory,
  IconKey,
  IconLayoutDashboard,
  IconShieldCheck,
  IconShieldLock,
  IconStack2,
  IconTarget,
  IconUsers,
} from '@tabler/icons-react';
import { NavItemLink } from '../../components/links';

/** The navbar entries the person may use in the active organization (from the server's abilities). */
export function Navigation({ abilities, hasOrg }: { abilities: string[]; hasOrg: boolean }) {
  const can = (a: string) => abilities.includes(a);
  if (!hasOrg) return null;
  const settings = can('tokens.read') || can('sso.manage') || can('jobs.read');
  return (
    <Stack gap={2} component="nav" aria-label="Pages">
      <NavItemLink to="/" activeOptions={{ exact: true }} label="Overview" leftSection={<IconLayoutDashboard size={18} />} />
      {can('readiness.read') && <NavItemLink to="/readiness" label="Readiness" leftSection={<IconGauge size={18} />} />}
      {can('scope.read') && <NavItemLink to="/scope" label="Scope" leftSection={<IconTarget size={18} />} />}
      {can('controls.read') && <NavItemLink to="/controls" label="Controls" leftSection={<IconShieldCheck size={18} />} />}
      {can('tasks.read') && <NavItemLink to="/tasks" label="Tasks" leftSection={<IconChecklist size={18} />} />}
      {can('catalog.read') && <NavItemLink to="/catalog" label="Catalog" leftSection={<IconBook2 size={18} />} />}
      {can('members.read') && <NavItemLink to="/members" label="Members" leftSection={<IconUsers size={18} />} />}
      {can('audit.read') && <NavItemLink to="/audit-log" label="Audit log" leftSection={<IconHistory size={18} />} />}
      {settings && (
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
          Settings
        </Text>
      )}
      {can('tokens.read') && <NavItemLink to="/settings/api-tokens" label="API tokens" leftSection={<IconKey size={18} />} />}
      {can('sso.manage') && <NavItemLink to="/settings/sso" label="Single sign-on" leftSection={<IconShieldLock size={18} />} />}
      {can('jobs.read') && <NavItemLink to="/settings/jobs" label="Background jobs" leftSection={<IconStack2 size={18} />} />}
    </Stack>
  );
}
