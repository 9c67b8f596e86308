import { Badge, Checkbox, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useAllCriteria } from '../../lib/catalog';
import { CATEGORIES, CATEGORY_BLURBS, CATEGORY_LABELS, type Category } from '../../lib/labels';

/** Step 2: the Trust Services Criteria categories in scope. Security is always in. */
export function CategoriesStep({ value, onChange }: { value: Category[]; onChange(c: Category[]): void }) {
  const criteria = useAllCriteria();
  const count = (c: Category) => criteria.data?.filter((x) => x.category === c).length;
  const toggle = (c: Category, on: boolean) => onChange(CATEGORIES.filter((x) => x === 'security' || (x === c ? on : value.includes(x))));
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Security is in every SOC 2 report. Add another category when your customers' contracts or your own promises call for it; each adds
        its criteria to readiness and its templates to your controls.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {CATEGORIES.map((c) => {
          const always = c === 'security';
          const checked = always || value.includes(c);
          return (
            <Checkbox.Card
              key={c}
              checked={checked}
              disabled={always}
              onChange={(on) => !always && toggle(c, on)}
              radius="md"
              p="md"
              aria-label={CATEGORY_LABELS[c]}
              style={{
                opacity: 1,
                cursor: always ? 'default' : 'pointer',
                borderColor: checked ? 'var(--mantine-color-blue-6)' : undefined,
              }}
            >
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Checkbox.Indicator disabled={always} mt={2} />
                <Stack gap={4} style={{ flex: 1 }}>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text fw={600}>{CATEGORY_LABELS[c]}</Text>
                    <Badge variant="light" color="gray" tt="none" size="sm">
                      {count(c) ?? '…'} criteria
                    </Badge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {CATEGORY_BLURBS[c]}
                  </Text>
                  {always && (
                    <Text size="xs" c="blue.8" fw={500}>
                      Always in scope
                    </Text>
                  )}
                </Stack>
              </Group>
            </Checkbox.Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
