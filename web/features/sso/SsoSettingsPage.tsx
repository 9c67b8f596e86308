import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useSignedInMe } from '../../lib/session';
import { useSsoConfig } from './api';
import { SsoForm } from './SsoForm';

/** /settings/sso: connect the organization to its OpenID Connect identity provider. */
export function SsoSettingsPage() {
  const me = useSignedInMe();
  const config = useSsoConfig();
  return (
    <>
      <PageHeader
        title="Single sign-on"
        description="Let people sign in through your identity provider (Okta, Microsoft Entra ID, Google Workspace or any OpenID Connect provider)."
      />
      {config.isPending ? (
        <Loading label="Loading settings…" />
      ) : config.isError ? (
        <ErrorAlert error={config.error} title="Single sign-on settings could not be loaded" onRetry={() => config.refetch()} />
      ) : (
        <SsoForm key={config.dataUpdatedAt} config={config.data} orgSlug={me.activeOrg?.slug ?? ''} />
      )}
    </>
  );
}
