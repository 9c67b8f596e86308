import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { AddRowButton, RemoveRowButton } from '../../components/RowButtons';
import { optionsOf, TEST_METHOD_LABELS } from '../../lib/labels';
import { useListKeys } from '../../lib/useListKeys';
import { type Control, useEditControl } from './api';

const MAX_ROWS = 20;
type Procedure = Control['testProcedures'][number];

const setAt = <T,>(list: T[], i: number, v: T) => list.map((x, j) => (j === i ? v : x));

/** Edits what evidence proves the control operated and the steps an auditor would take to test it. */
export function EditTestingModal({ control, opened, onClose }: { control: Control; opened: boolean; onClose(): void }) {
  const [evidence, setEvidence] = useState<string[]>(control.evidence.length ? control.evidence : ['']);
  const [steps, setSteps] = useState<Procedure[]>(control.testProcedures);
  const evidenceKeys = useListKeys(evidence.length);
  const stepKeys = useListKeys(steps.length);
  const edit = useEditControl(control.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    edit.mutate(
      {
        // Blank rows are dropped and repeated ones kept once.
        evidence: [...new Set(evidence.map((x) => x.trim()).filter(Boolean))],
        testProcedures: steps
          .map((s) => ({ ...s, step: s.step.trim() }))
          .filter((s, i, all) => s.step && all.findIndex((o) => o.method === s.method && o.step === s.step) === i),
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Evidence and testing for ${control.code}`} centered size="xl">
      <form onSubmit={submit}>
        <Stack gap="lg">
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              Evidence the control needs
            </Text>
            <Text size="xs" c="dimmed">
              One item per row: what you will show an auditor to prove the control ran (a report, a ticket, a screenshot, a log). Empty rows
              are dropped.
            </Text>
            {evidence.map((item, i) => (
              <Group key={evidenceKeys.keys[i]} gap="xs" wrap="nowrap" align="flex-start">
                <Textarea
                  aria-label={`Evidence item ${i + 1}`}
                  style={{ flex: 1 }}
                  autosize
                  minRows={1}
                  maxLength={500}
                  value={item}
                  onChange={(e) => setEvidence(setAt(evidence, i, e.currentTarget.value))}
                />
                <RemoveRowButton
                  mt={4}
                  label={`Remove evidence item ${i + 1}`}
                  onClick={() => {
                    evidenceKeys.removed(i);
                    setEvidence(evidence.filter((_, j) => j !== i));
                  }}
                />
              </Group>
            ))}
            <AddRowButton label="Add evidence item" disabled={evidence.length >= MAX_ROWS} onClick={() => setEvidence([...evidence, ''])} />
          </Stack>
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              How an auditor tests it
            </Text>
            <Text size="xs" c="dimmed">
              Steps in order, each with its method: inquiry (asking), inspection (reading records), observation (watching it happen) or
              reperformance (doing it again).
            </Text>
            {steps.map((s, i) => (
              <Group key={stepKeys.keys[i]} gap="xs" wrap="nowrap" align="flex-start">
                <Select
                  aria-label={`Method of step ${i + 1}`}
                  w={150}
                  data={optionsOf(TEST_METHOD_LABELS)}
                  value={s.method}
                  onChange={(v) => v && setSteps(setAt(steps, i, { ...s, method: v as Procedure['method'] }))}
                  allowDeselect={false}
                />
                <Textarea
                  aria-label={`Step ${i + 1}`}
                  style={{ flex: 1 }}
                  autosize
                  minRows={1}
                  maxLength={1000}
                  value={s.step}
                  onChange={(e) => setSteps(setAt(steps, i, { ...s, step: e.currentTarget.value }))}
                />
                <RemoveRowButton
                  mt={4}
                  label={`Remove step ${i + 1}`}
                  onClick={() => {
                    stepKeys.removed(i);
                    setSteps(steps.filter((_, j) => j !== i));
                  }}
                />
              </Group>
            ))}
            <AddRowButton
              label="Add test step"
              disabled={steps.length >= MAX_ROWS}
              onClick={() => setSteps([...steps, { method: 'inspection', step: '' }])}
            />
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={edit.isPending}>
              Save evidence and testing
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
