import { Center, EmptyState } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { ButtonLink } from '../components/links';

/** Any address the app does not know. */
export function NotFound() {
  return (
    <Center mih="60vh" p="md">
      <EmptyState
        icon={<IconMapQuestion size={28} />}
        variant="light"
        title="Page not found"
        description="The address does not match any page of Assay. It may have been mistyped, or the page has moved."
      >
        <EmptyState.Actions>
          <ButtonLink to="/">Go to the overview</ButtonLink>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
