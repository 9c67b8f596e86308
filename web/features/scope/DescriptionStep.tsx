import { Accordion, Badge, Divider, Group, Stack, Text, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SystemDescription } from './api';
import { CuecEditor } from './CuecEditor';
import { CHANGES, NARRATIVE, readField, type TextField, writeField } from './guidance';
import { NotRelevantEditor } from './NotRelevantEditor';
import { SubserviceEditor } from './SubserviceEditor';

function Heading({ dc, title, done, badge }: { dc: string; title: string; done: boolean; badge?: string }) {
  return (
    <Group justify="space-between" wrap="nowrap" pr="sm">
      <Text fw={600} size="sm">
        <Text span c="dimmed" fw={600} mr={6}>
          {dc}
        </Text>
        {title}
      </Text>
      <Badge variant="light" color={done ? 'teal' : 'gray'} tt="none" size="sm">
        {badge ?? (done ? 'Written' : 'To be completed')}
      </Badge>
    </Group>
  );
}

interface ItemProps {
  value: string;
  dc: string;
  title: string;
  done: boolean;
  badge?: string;
  intro: string;
  children: ReactNode;
}

function Item({ value, dc, title, done, badge, intro, children }: ItemProps) {
  return (
    <Accordion.Item value={value}>
      <Accordion.Control aria-label={`${dc} ${title}`}>
        <Heading dc={dc} title={title} done={done} badge={badge} />
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
          {children}
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}

/** The system description along DC1–DC9: plain guidance per section, text fields and the editable lists. */
export function DescriptionStep({
  value,
  onChange,
  categories,
}: {
  value: SystemDescription;
  onChange(d: SystemDescription): void;
  categories: string[];
}) {
  const field = (f: TextField) => (
    <Textarea
      key={f.key}
      label={f.label}
      description={f.guidance}
      placeholder={f.placeholder}
      autosize
      minRows={3}
      maxRows={14}
      maxLength={8000}
      value={readField(value, f.key)}
      onChange={(e) => onChange(writeField(value, f.key, e.currentTarget.value))}
    />
  );
  const leftOut = value.notRelevant.filter((n) => n.criterionId).length;
  const filled = (fields: TextField[]) => fields.some((f) => readField(value, f.key).trim());
  return (
    // Closed panels stay mounted and are hidden with CSS, not kept in a hidden <Activity> (deferred re-renders),
    // so every editor always renders the description as it is now.
    <Accordion multiple defaultValue={['dc1']} variant="separated" radius="md" keepMountedMode="display-none">
      {NARRATIVE.map((s) => (
        <Item key={s.id} value={s.id} dc={s.dc} title={s.title} done={filled(s.fields)} intro={s.intro}>
          {s.fields.map(field)}
        </Item>
      ))}
      <Item
        value="dc7"
        dc="DC7"
        title="Customers and subservice organizations"
        done={value.cuecs.length > 0 || value.subserviceOrgs.length > 0}
        intro="What customers must do themselves, and which providers your controls depend on."
      >
        <CuecEditor value={value.cuecs} onChange={(cuecs) => onChange({ ...value, cuecs })} categories={categories} />
        <Divider />
        <SubserviceEditor
          value={value.subserviceOrgs}
          onChange={(subserviceOrgs) => onChange({ ...value, subserviceOrgs })}
          categories={categories}
        />
      </Item>
      <Item
        value="dc8"
        dc="DC8"
        title="Criteria not relevant"
        done
        badge={leftOut ? `${leftOut} left out` : 'All apply'}
        intro="A criterion that does not apply to your system, with the reason. It leaves readiness and the reason appears in the description."
      >
        <NotRelevantEditor
          value={value.notRelevant}
          onChange={(notRelevant) => onChange({ ...value, notRelevant })}
          categories={categories}
        />
      </Item>
      <Item
        value="dc9"
        dc="DC9"
        title="Significant changes"
        done={filled([CHANGES])}
        intro="Changes to the system during the period under audit."
      >
        {field(CHANGES)}
      </Item>
    </Accordion>
  );
}
