import { Box, Center } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useMe } from '../../lib/session';
import { NoOrganization } from './NoOrganization';
import { Shell } from './Shell';
import { ToSignIn } from './ToSignIn';

/** Every signed-in page goes through here: nobody signed in → /signin (coming back afterwards). */
export function SignedInLayout() {
  const me = useMe();
  if (me.isPending) return <Loading label="Loading Assay…" minHeight="100vh" />;
  if (me.isError) {
    return (
      <Center mih="100vh" p="md">
        <Box maw={480}>
          <ErrorAlert error={me.error} title="Assay could not load your account" onRetry={() => me.refetch()} />
        </Box>
      </Center>
    );
  }
  if (!me.data) return <ToSignIn />;
  return <Shell me={me.data}>{me.data.activeOrg ? <Outlet /> : <NoOrganization />}</Shell>;
}
