import { List, Stack, Text } from '@mantine/core';
import { Section } from '../../components/Section';

/** The formula in a few plain sentences, so that nobody has to take the number on trust. */
export function HowCalculated() {
  return (
    <Section title="How readiness is calculated">
      <Stack gap="sm">
        <List size="sm" spacing="xs">
          <List.Item>
            <Text span fw={600} size="sm">
              Each control counts 1
            </Text>{' '}
            when it is active, implemented and has an owner; ½ when it is in progress or implemented without an owner; 0 when not started.
            Deactivated and not applicable controls are left out.
          </List.Item>
          <List.Item>
            <Text span fw={600} size="sm">
              A criterion's score
            </Text>{' '}
            is the mean of its controls, where a primary control weighs twice as much as a supporting one. With no control it scores 0. It
            is ready only at 100%.
          </List.Item>
          <List.Item>
            <Text span fw={600} size="sm">
              Categories, frameworks and the overall figure
            </Text>{' '}
            average the scores of their criteria. Only categories in scope count; criteria marked not relevant (with a reason) are left out.
          </List.Item>
          <List.Item>
            <Text span fw={600} size="sm">
              ISO/IEC 27001
            </Text>{' '}
            applies the same values to the 93 Annex A controls through each control's ISO links.
          </List.Item>
        </List>
        <Text size="xs" c="dimmed">
          Example: a criterion with an implemented, owned primary control (1) and a supporting control not started (0) scores (2 × 1 + 1 ×
          0) ÷ 3 = 66.7%.
        </Text>
      </Stack>
    </Section>
  );
}
