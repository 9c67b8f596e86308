import { Anchor, AppShell, Burger, Container, Group, ScrollArea, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconExternalLink } from '@tabler/icons-react';
import { useRouterState } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { Logo } from '../../components/Logo';
import type { Me } from '../../lib/session';
import { Navigation } from './Navigation';
import { OrgSwitcher } from './OrgSwitcher';
import { UserMenu } from './UserMenu';

/** The signed-in frame: header with the user menu, a navbar (a drawer behind a burger on small screens), the page. */
export function Shell({ me, children }: { me: Me; children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const path = useRouterState({ select: (s) => s.location.pathname });
  // Below the "sm" breakpoint a closed navbar is only moved off screen; inert keeps Tab and screen readers out of it.
  const phone = useMediaQuery('(max-width: 47.99em)');
  const hiddenNav = !!phone && !opened;
  // A page change on a phone should reveal the page, not leave the menu over it.
  useEffect(() => {
    if (path) close();
  }, [path, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 272, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={opened}
            />
            <Logo />
          </Group>
          <UserMenu me={me} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation" inert={hiddenNav} aria-hidden={hiddenNav || undefined}>
        <AppShell.Section mb="sm">
          <OrgSwitcher me={me} />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea} type="scroll">
          <Navigation abilities={me.abilities} hasOrg={!!me.activeOrg} />
        </AppShell.Section>
        <AppShell.Section pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <Anchor href="/api/docs" target="_blank" rel="noreferrer" size="sm" c="dimmed" px="sm">
            <Group gap={6} component="span">
              API reference <IconExternalLink size={14} aria-hidden />
            </Group>
          </Anchor>
          <Text size="xs" c="dimmed" px="sm" mt={4}>
            Signed in as {me.user.email}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" bg="gray.0" tabIndex={-1}>
        <Container size="xl" px={0}>
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
