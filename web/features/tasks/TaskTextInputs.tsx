import { Textarea, TextInput } from '@mantine/core';

/** A task's title and what needs doing, the same when creating a task and when rewording it. */
export function TaskTextInputs({
  value: f,
  onChange,
  example,
}: {
  value: { title: string; description: string };
  onChange(next: { title: string; description: string }): void;
  /** A sample title shown while the field is empty. */
  example?: string;
}) {
  return (
    <>
      <TextInput
        label="Title"
        required
        maxLength={200}
        placeholder={example}
        value={f.title}
        onChange={(e) => onChange({ ...f, title: e.currentTarget.value })}
        data-autofocus
      />
      <Textarea
        label="What needs doing"
        autosize
        minRows={3}
        maxLength={8000}
        value={f.description}
        onChange={(e) => onChange({ ...f, description: e.currentTarget.value })}
      />
    </>
  );
}
