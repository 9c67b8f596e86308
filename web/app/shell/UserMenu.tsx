import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBook, IconChevronDown, IconLock, IconLogout } from '@tabler/icons-react';
import { ChangePasswordModal } from '../../features/auth/ChangePasswordModal';
import type { Me } from '../../lib/session';
import { useSignOut } from '../../lib/useSignOut';

/** The person's menu in the header: who is signed in, password change, sign-out. */
export function UserMenu({ me }: { me: Me }) {
  const [changing, { open, close }] = useDisclosure(false);
  const signOut = useSignOut();
  return (
    <>
      <Menu position="bottom-end" width={240} shadow="md">
        <Menu.Target>
          <UnstyledButton
            aria-label={`Account menu for ${me.user.name}`}
            px="xs"
            py={4}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          >
            <Group gap="xs" wrap="nowrap">
              <Avatar name={me.user.name} color="initials" size={32} radius="xl" />
              <Text size="sm" fw={500} visibleFrom="sm" maw={180} truncate>
                {me.user.name}
              </Text>
              <IconChevronDown size={14} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={600} c="dark" truncate>
              {me.user.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {me.user.email}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLock size={16} />} onClick={open}>
            Change password
          </Menu.Item>
          <Menu.Item leftSection={<IconBook size={16} />} component="a" href="/api/docs" target="_blank" rel="noreferrer">
            API reference
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLogout size={16} />} color="red" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={changing} onClose={close} hasPassword={me.user.hasPassword} viaSso={!!me.session.pinnedOrgId} />
    </>
  );
}
