import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { IconFileCode } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type OscalCatalog, useImportTexts } from './api';

const MAX_BYTES = 5 * 1024 * 1024;

/** Reads an OSCAL catalog (JSON) from disk and imports its official criterion and point-of-focus texts. */
export function ImportTextsModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const imp = useImportTexts();
  const reset = () => {
    setFile(null);
    setReadError(null);
    imp.reset();
  };
  const submit = async () => {
    if (!file) return;
    setReadError(null);
    if (file.size > MAX_BYTES) return setReadError('The file is larger than 5 MB; an OSCAL catalog of the criteria is far smaller.');
    let doc: unknown;
    try {
      doc = JSON.parse(await file.text());
    } catch {
      return setReadError('The file is not valid JSON. Export the catalog as OSCAL JSON (not XML or YAML).');
    }
    // The server checks the document and names what is wrong with it.
    imp.mutate(doc as OscalCatalog);
  };
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={reset} title="Import licensed texts" centered size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          Assay ships its own explanations, never AICPA's wording. If your organization licenses the Trust Services Criteria, import the
          official criterion and point-of-focus texts from an OSCAL catalog file; they are then shown beside Assay's, to your organization
          only.
        </Text>
        <FileInput
          label="OSCAL catalog (JSON)"
          placeholder="Choose a .json file"
          accept="application/json,.json"
          leftSection={<IconFileCode size={16} />}
          value={file}
          onChange={(f) => {
            setFile(f);
            setReadError(null);
            imp.reset();
          }}
          clearable
        />
        {readError && (
          <Alert color="red" variant="light" title="The file cannot be imported">
            {readError}
          </Alert>
        )}
        {imp.isError && <ErrorAlert error={imp.error} title="The texts were not imported" />}
        {imp.data && (
          <Alert
            color="teal"
            variant="light"
            title={`Texts for ${imp.data.imported} ${imp.data.imported === 1 ? 'criterion' : 'criteria'} imported`}
            role="status"
          >
            {imp.data.unknown.length
              ? `${imp.data.unknown.length === 1 ? 'One entry in the file is not a Trust Services Criterion and was' : `${imp.data.unknown.length} entries in the file are not Trust Services Criteria and were`} ignored (${imp.data.unknown.slice(0, 5).join(', ')}${imp.data.unknown.length > 5 ? ', …' : ''}).`
              : 'Every entry in the file was recognised.'}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {imp.data ? 'Close' : 'Cancel'}
          </Button>
          {!imp.data && (
            <Button onClick={() => void submit()} loading={imp.isPending} disabled={!file}>
              Import texts
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
