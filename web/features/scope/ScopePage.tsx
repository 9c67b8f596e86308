import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../lib/abilities';
import { formatDateTime } from '../../lib/format';
import { useScope } from './api';
import { ScopeReadOnly } from './ScopeReadOnly';
import { ScopeWizard } from './ScopeWizard';

/** /scope: what the SOC 2 report covers, as a wizard for those who may change it. */
export function ScopePage() {
  const can = useCan();
  const scope = useScope();
  const saved = scope.data?.updatedAt;
  return (
    <>
      <PageHeader
        title="Scope"
        description={
          <>
            The categories your SOC 2 report covers and the draft of its system description.
            {saved ? ` Last saved ${formatDateTime(saved)}.` : ''}
          </>
        }
        actions={
          <>
            <DownloadButton
              path="/exports/system-description.md"
              label="Description (Markdown)"
              title="The draft system description as Markdown"
            />
            <DownloadButton
              path="/exports/system-description.pdf"
              label="Description (PDF)"
              title="The draft system description as a PDF"
            />
          </>
        }
      />
      {scope.isPending ? (
        <Loading label="Loading the scope…" />
      ) : scope.isError ? (
        <ErrorAlert error={scope.error} title="The scope could not be loaded" onRetry={() => scope.refetch()} />
      ) : can('scope.manage') ? (
        <ScopeWizard scope={scope.data} />
      ) : (
        <ScopeReadOnly scope={scope.data} />
      )}
    </>
  );
}
