import { Button, Group, Menu, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconDownload, IconFileImport, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmModal, useConfirmedMutation } from '../../components/ConfirmModal';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../lib/abilities';
import { apiUrl } from '../../lib/api';
import { useAllCriteria } from '../../lib/catalog';
import { useCatalogInfo, useRemoveTexts } from './api';
import { CriteriaBrowser } from './CriteriaBrowser';
import { ImportTextsModal } from './ImportTextsModal';
import { IsoTab } from './IsoTab';
import { TemplatesTab } from './TemplatesTab';

/** /catalog: the Trust Services Criteria, Assay's control templates and the ISO/IEC 27001 mapping. */
export function CatalogPage() {
  const can = useCan();
  const info = useCatalogInfo();
  const criteria = useAllCriteria();
  const [tab, setTab] = useState<string | null>('criteria');
  const [importing, imports] = useDisclosure(false);
  const remove = useConfirmedMutation(useRemoveTexts());
  const hasOfficial = !!criteria.data?.some((c) => c.official);
  const i = info.data;
  return (
    <>
      <PageHeader
        title="Catalog"
        description={
          i
            ? `${i.name}: ${i.criteria} criteria with ${i.pointsOfFocus} points of focus, ${i.templates} control templates and ${i.isoControls} ISO/IEC 27001 controls.`
            : 'The Trust Services Criteria, explained in plain words, with the control templates that answer them.'
        }
        actions={
          <Group gap="sm">
            <Button
              component="a"
              href={apiUrl('/oscal/catalog')}
              download="assay-catalog.oscal.json"
              variant="default"
              leftSection={<IconDownload size={16} />}
            >
              OSCAL catalog
            </Button>
            {can('catalog.import') && (
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button leftSection={<IconFileImport size={16} />} rightSection={<IconChevronDown size={14} />}>
                    Licensed texts
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconFileImport size={14} />} onClick={imports.open}>
                    Import licensed texts
                  </Menu.Item>
                  <Menu.Item
                    leftSection={<IconTrash size={14} />}
                    color="red"
                    disabled={!hasOfficial}
                    onClick={() => remove.ask(undefined)}
                  >
                    Remove imported texts
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        }
      />
      {i && (
        <Text size="xs" c="dimmed" mt={-12} mb="md">
          Catalog version {i.version}
          {hasOfficial ? ' · official AICPA texts imported for this organization' : ''}
        </Text>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="criteria">Criteria</Tabs.Tab>
          <Tabs.Tab value="templates">Control templates</Tabs.Tab>
          <Tabs.Tab value="iso">ISO/IEC 27001</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="criteria">
          <CriteriaBrowser />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <TemplatesTab />
        </Tabs.Panel>
        <Tabs.Panel value="iso">
          <IsoTab />
        </Tabs.Panel>
      </Tabs>
      {can('catalog.import') && (
        <>
          <ImportTextsModal opened={importing} onClose={imports.close} />
          <ConfirmModal {...remove.modal} title="Remove imported texts" confirmLabel="Remove texts">
            The official criterion and point-of-focus texts will no longer be shown to anyone in this organization. Assay's own explanations
            stay. You can import the file again at any time.
          </ConfirmModal>
        </>
      )}
    </>
  );
}
