import { z } from 'zod';
import { FREQUENCIES, NATURES, OWNER_FUNCTIONS, TEST_METHODS } from '../../catalog/types.js';

export const statusSchema = z.enum(['not_started', 'in_progress', 'implemented', 'not_applicable']);
export const linkSchema = z.object({ id: z.string().max(10), relation: z.enum(['primary', 'supporting']) });
const procedure = z.object({ method: z.enum(TEST_METHODS), step: z.string().trim().min(1).max(1000) });

export const controlFields = z.object({
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(4000).default(''),
  domain: z.string().trim().min(1).max(80).default('Custom'),
  nature: z.enum(NATURES),
  frequency: z.enum(FREQUENCIES),
  ownerFunction: z.enum(OWNER_FUNCTIONS).default('compliance'),
  evidence: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
  testProcedures: z.array(procedure).max(20).default([]),
});

export const createControlBody = controlFields.extend({
  criteria: z.array(linkSchema).min(1).max(61),
  iso: z.array(z.string().max(10)).max(93).default([]),
  ownerId: z.string().max(64).nullable().optional(),
});

export const updateControlBody = z
  .object({
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().max(4000),
    domain: z.string().trim().min(1).max(80),
    nature: z.enum(NATURES),
    frequency: z.enum(FREQUENCIES),
    ownerFunction: z.enum(OWNER_FUNCTIONS),
    evidence: z.array(z.string().trim().min(1).max(500)).max(20),
    testProcedures: z.array(procedure).max(20),
    ownerId: z.string().max(64).nullable(),
  })
  .partial();

export const controlSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    templateId: z.string().nullable(),
    title: z.string(),
    description: z.string(),
    domain: z.string(),
    nature: z.enum(NATURES),
    frequency: z.enum(FREQUENCIES),
    ownerFunction: z.string(),
    owner: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
    status: statusSchema,
    statusReason: z.string().nullable(),
    active: z.boolean(),
    deactivatedReason: z.string().nullable(),
    criteria: z.array(linkSchema),
    iso: z.array(z.string()),
    evidence: z.array(z.string()),
    testProcedures: z.array(procedure),
    updatedAt: z.string(),
  })
  .meta({ id: 'Control' });

type Row = {
  id: string;
  code: string;
  template_id: string | null;
  title: string;
  description: string;
  domain: string;
  nature: string;
  frequency: string;
  owner_function: string;
  owner_id: string | null;
  status: string;
  status_reason: string | null;
  active: number;
  deactivated_reason: string | null;
  evidence: string;
  test_procedures: string;
  updated_at: string;
};

/** The API shape of a control. */
export function presentControl(
  r: Row,
  links: { criteria: z.infer<typeof linkSchema>[]; iso: string[] },
  owner: { id: string; name: string; email: string } | null,
): z.infer<typeof controlSchema> {
  return {
    id: r.id,
    code: r.code,
    templateId: r.template_id,
    title: r.title,
    description: r.description,
    domain: r.domain,
    nature: r.nature as z.infer<typeof controlSchema>['nature'],
    frequency: r.frequency as z.infer<typeof controlSchema>['frequency'],
    ownerFunction: r.owner_function,
    owner,
    status: r.status as z.infer<typeof statusSchema>,
    statusReason: r.status_reason,
    active: !!r.active,
    deactivatedReason: r.deactivated_reason,
    criteria: links.criteria,
    iso: links.iso,
    evidence: JSON.parse(r.evidence) as string[],
    testProcedures: JSON.parse(r.test_procedures) as z.infer<typeof procedure>[],
    updatedAt: r.updated_at,
  };
}
