import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconPlus, IconSelector } from '@tabler/icons-react';
import { CreateOrgModal } from '../../features/orgs/CreateOrgModal';
import { useSwitchOrg } from '../../features/orgs/useSwitchOrg';
import { roleLabel } from '../../lib/roles';
import type { Me } from '../../lib/session';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => w[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** Shows the active organization; switches to another one or creates a new one. */
export function OrgSwitcher({ me }: { me: Me }) {
  const [creating, { open, close }] = useDisclosure(false);
  const switchOrg = useSwitchOrg();
  const active = me.activeOrg;
  const pinned = me.session.pinnedOrgId;
  return (
    <>
      <Menu position="bottom-start" width="target" shadow="md" withinPortal>
        <Menu.Target>
          <UnstyledButton
            aria-label={active ? `Organization: ${active.name}. Switch organization` : 'Choose an organization'}
            p="xs"
            w="100%"
            style={{ borderRadius: 'var(--mantine-radius-md)', border: '1px solid var(--mantine-color-gray-3)' }}
          >
            <Group gap="sm" wrap="nowrap">
              <Avatar color="blue" radius="sm" size={36}>
                {active ? initials(active.name) : '?'}
              </Avatar>
              <div style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" fw={600} truncate>
                  {active?.name ?? 'No organization'}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {active ? roleLabel(active.role) : 'Create or join one'}
                </Text>
              </div>
              <IconSelector size={16} color="var(--mantine-color-gray-6)" aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Your organizations</Menu.Label>
          {me.organizations.map((o) => (
            <Menu.Item
              key={o.id}
              onClick={() => o.id !== active?.id && switchOrg.mutate(o.id)}
              rightSection={o.id === active?.id ? <IconCheck size={16} aria-label="active" /> : null}
            >
              <Text size="sm">{o.name}</Text>
              <Text size="xs" c="dimmed">
                {roleLabel(o.role)}
              </Text>
            </Menu.Item>
          ))}
          {pinned && (
            <Text size="xs" c="dimmed" px="sm" py={4} maw={260}>
              You signed in through single sign-on, which opens only this organization. To open another one, sign out and sign in with your
              password.
            </Text>
          )}
          <Menu.Divider />
          <Menu.Item leftSection={<IconPlus size={16} />} onClick={open} disabled={!!pinned}>
            Create organization
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CreateOrgModal opened={creating} onClose={close} />
    </>
  );
}
