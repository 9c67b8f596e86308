import { Button, Center, EmptyState } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingPlus } from '@tabler/icons-react';
import { CreateOrgModal } from '../../features/orgs/CreateOrgModal';

/** Shown to a signed-in person who belongs to no organization (removed from all, or not yet invited). */
export function NoOrganization() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Center mih="50vh">
      <EmptyState
        icon={<IconBuildingPlus size={28} />}
        variant="light"
        title="You are not in any organization yet"
        description="Ask an admin of your company's Assay organization for an invitation, or create a new organization of your own."
      >
        <EmptyState.Actions>
          <Button onClick={open}>Create an organization</Button>
        </EmptyState.Actions>
      </EmptyState>
      <CreateOrgModal opened={opened} onClose={close} />
    </Center>
  );
}
