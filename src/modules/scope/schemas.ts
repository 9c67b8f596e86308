import { z } from 'zod';
import { CATEGORIES } from '../../catalog/types.js';

const text = (max = 4000) => z.string().trim().max(max);
export const categorySchema = z.enum(CATEGORIES);

/** The system description along DC 200 (DC1–DC9), in Assay's own field names. */
export const systemDescriptionSchema = z
  .object({
    /** DC1: the services the system provides and the types of customers. */
    services: text(8000).default(''),
    /** DC2: the principal service commitments and system requirements. */
    commitments: text(8000).default(''),
    systemRequirements: text(8000).default(''),
    /** DC3: the components of the system. */
    components: z
      .object({
        infrastructure: text(8000).default(''),
        software: text(8000).default(''),
        people: text(8000).default(''),
        procedures: text(8000).default(''),
        data: text(8000).default(''),
      })
      .default({ infrastructure: '', software: '', people: '', procedures: '', data: '' }),
    boundaries: text(8000).default(''),
    /** DC4: significant incidents in the period. */
    incidents: text(8000).default(''),
    /** DC5: the criteria and how controls meet them (Assay lists the controls itself). */
    controlsNarrative: text(8000).default(''),
    /** DC6: complementary user entity controls. */
    cuecs: z
      .array(z.object({ text: text(1000).min(1), criteria: z.array(z.string().max(10)).max(61).default([]) }))
      .max(100)
      .default([]),
    /** DC7: subservice organizations. */
    subserviceOrgs: z
      .array(
        z.object({
          name: text(200).min(1),
          services: text(2000).default(''),
          method: z.enum(['carve_out', 'inclusive']),
          csocs: z.array(text(1000).min(1)).max(50).default([]),
          criteria: z.array(z.string().max(10)).max(61).default([]),
        }),
      )
      .max(50)
      .default([]),
    /** DC8: criteria not relevant to the system, each with the reason. */
    notRelevant: z
      .array(z.object({ criterionId: z.string().max(10), reason: text(1000).min(1) }))
      .max(61)
      .default([]),
    /** DC9: significant changes during the period. */
    significantChanges: text(8000).default(''),
  })
  .meta({ id: 'SystemDescription' });

export type SystemDescription = z.infer<typeof systemDescriptionSchema>;

export const profileSchema = z
  .object({
    legalName: text(200).default(''),
    website: text(300).default(''),
    industry: text(200).default(''),
    headcount: text(50).default(''),
    categories: z.array(categorySchema).min(1).describe('Trust Services Criteria categories in scope; security is always included'),
  })
  .meta({ id: 'OrgProfile' });

export type Profile = z.infer<typeof profileSchema>;

export const scopeSchema = z
  .object({ profile: profileSchema, systemDescription: systemDescriptionSchema, updatedAt: z.string().nullable() })
  .meta({ id: 'Scope' });

export const emptyDescription = (): SystemDescription => systemDescriptionSchema.parse({});
