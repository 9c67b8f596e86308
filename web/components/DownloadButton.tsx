import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { apiUrl } from '../lib/api';

/** A file the API builds on request (a PDF, a workbook): a plain link, so the browser downloads it. */
export function DownloadButton({ path, label, title, size }: { path: string; label: string; title?: string; size?: string }) {
  return (
    <Button component="a" href={apiUrl(path)} download variant="default" size={size} leftSection={<IconDownload size={16} />} title={title}>
      {label}
    </Button>
  );
}
