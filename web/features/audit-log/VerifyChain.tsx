import { Alert, Button, Stack } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { useVerifyChain } from './api';

/** Recomputes the hash chain on the server and says whether any entry was altered, removed or inserted. */
export function VerifyChainButton({ verify }: { verify: ReturnType<typeof useVerifyChain> }) {
  return (
    <Button variant="default" leftSection={<IconShieldCheck size={16} />} loading={verify.isPending} onClick={() => verify.mutate()}>
      Verify chain
    </Button>
  );
}

export function VerifyChainResult({ verify }: { verify: ReturnType<typeof useVerifyChain> }) {
  if (verify.isError) return <ErrorAlert error={verify.error} title="The chain could not be verified" />;
  const r = verify.data;
  if (!r) return null;
  if (r.intact) {
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconShieldCheck size={18} />}
        title="Chain intact"
        role="status"
        withCloseButton
        onClose={() => verify.reset()}
      >
        All {r.entries} entries were checked: each one's hash matches its content and links to the entry before it.
      </Alert>
    );
  }
  const b = r.firstBroken;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconShieldX size={18} />}
      title="Chain broken"
      role="alert"
      withCloseButton
      onClose={() => verify.reset()}
    >
      <Stack gap={4}>
        <span>
          The first broken entry is #{b?.seq}
          {b?.id ? ` (${b.id})` : ''}: {b?.reason}.
        </span>
        <span>Entries from there on cannot be trusted. Restore the database from a backup and report this as a security incident.</span>
      </Stack>
    </Alert>
  );
}
