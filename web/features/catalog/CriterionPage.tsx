import { Alert, Anchor, Badge, Breadcrumbs, Grid, Group, List, Stack, Text } from '@mantine/core';
import { IconLicense } from '@tabler/icons-react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { TextLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { isStatus } from '../../lib/api';
import { CATEGORY_LABELS } from '../../lib/labels';
import { useCriterion } from './api';
import { CriterionTemplates } from './CriterionTemplates';

/** /catalog/criteria/:id: what a criterion is after, what auditors look at, and the templates that answer it. */
export function CriterionPage({ criterionId }: { criterionId: string }) {
  const criterion = useCriterion(criterionId);
  const crumbs = (
    <Breadcrumbs mb="sm">
      <TextLink to="/catalog" size="sm">
        Catalog
      </TextLink>
      <Anchor component="span" size="sm" c="dimmed" underline="never">
        {criterionId}
      </Anchor>
    </Breadcrumbs>
  );
  if (criterion.isPending)
    return (
      <>
        {crumbs}
        <Loading label="Loading the criterion…" />
      </>
    );
  if (criterion.isError) {
    const missing = isStatus(criterion.error, 404);
    return (
      <>
        {crumbs}
        <ErrorAlert
          error={criterion.error}
          title={missing ? `There is no criterion ${criterionId}` : 'The criterion could not be loaded'}
        />
      </>
    );
  }
  const c = criterion.data;
  return (
    <>
      {crumbs}
      <PageHeader
        title={`${c.id} · ${c.title}`}
        description={
          <Group gap="xs" component="span">
            <Badge variant="light" tt="none">
              {CATEGORY_LABELS[c.category]}
            </Badge>
            <Text span size="sm" c="dimmed">
              {c.series} · {c.seriesName}
              {c.cosoPrinciple ? ` · COSO principle ${c.cosoPrinciple}` : ''} · {c.pointsOfFocusCount} points of focus
            </Text>
          </Group>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Section title="What it is after">
              <Text size="sm">{c.intent}</Text>
            </Section>
            <Section title="What auditors inspect">
              <Text size="sm">{c.auditorFocus}</Text>
            </Section>
            <Section title="Typical evidence">
              <List size="sm" spacing={6}>
                {c.typicalEvidence.map((e) => (
                  <List.Item key={e}>{e}</List.Item>
                ))}
              </List>
            </Section>
            {c.official ? (
              <Section title="Official text" description={`Imported by your organization from ${c.official.source}.`}>
                <Stack gap="md">
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {c.official.text}
                  </Text>
                  {c.official.pointsOfFocus.length > 0 && (
                    <Stack gap={6}>
                      <Text size="sm" fw={600}>
                        Points of focus
                      </Text>
                      <List size="sm" spacing={6} type="ordered">
                        {c.official.pointsOfFocus.map((p) => (
                          <List.Item key={p}>{p}</List.Item>
                        ))}
                      </List>
                    </Stack>
                  )}
                </Stack>
              </Section>
            ) : (
              <Alert color="gray" variant="light" icon={<IconLicense size={18} />} title={`${c.pointsOfFocusCount} points of focus`}>
                The AICPA describes this criterion with {c.pointsOfFocusCount} points of focus. Their wording is licensed, so Assay does not
                ship it; an organization with a licence can import it on the Catalog page.
              </Alert>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <CriterionTemplates refs={c.templates} />
        </Grid.Col>
      </Grid>
    </>
  );
}
