import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { FREQUENCY_LABELS, type Frequency, NATURE_LABELS, type Nature, optionsOf } from '../../lib/labels';

/** The descriptive fields every control has, edited the same way when creating and when editing. */
export interface ControlBasics {
  title: string;
  description: string;
  domain: string;
  nature: Nature;
  frequency: Frequency;
}

/** Trimmed values ready to send; an empty domain falls back to "Custom". */
export const trimBasics = (f: ControlBasics): ControlBasics => ({
  ...f,
  title: f.title.trim(),
  description: f.description.trim(),
  domain: f.domain.trim() || 'Custom',
});

export const basicsValid = (f: ControlBasics) => f.title.trim().length >= 3;

/** Title, description, domain, nature and frequency; `hints` adds guidance for a new control. */
export function ControlFieldsInputs({
  value: f,
  onChange,
  hints = false,
}: {
  value: ControlBasics;
  onChange(next: ControlBasics): void;
  hints?: boolean;
}) {
  return (
    <>
      <TextInput
        label="Title"
        description={hints ? 'What the control makes true, in one line.' : undefined}
        placeholder={hints ? 'Production database snapshots are restored monthly' : undefined}
        required
        minLength={3}
        maxLength={200}
        value={f.title}
        onChange={(e) => onChange({ ...f, title: e.currentTarget.value })}
        data-autofocus
      />
      <Textarea
        label="Description"
        description={hints ? 'Who does what, how often, and with which tool.' : undefined}
        autosize
        minRows={hints ? 3 : 4}
        maxLength={4000}
        value={f.description}
        onChange={(e) => onChange({ ...f, description: e.currentTarget.value })}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Domain" maxLength={80} value={f.domain} onChange={(e) => onChange({ ...f, domain: e.currentTarget.value })} />
        <Select
          label="Nature"
          data={optionsOf(NATURE_LABELS)}
          value={f.nature}
          onChange={(v) => v && onChange({ ...f, nature: v as Nature })}
          allowDeselect={false}
        />
        <Select
          label="Frequency"
          data={optionsOf(FREQUENCY_LABELS)}
          value={f.frequency}
          onChange={(v) => v && onChange({ ...f, frequency: v as Frequency })}
          allowDeselect={false}
        />
      </SimpleGrid>
    </>
  );
}
