// No imports here: the web app shares these vocabularies and their labels (web/lib/labels.ts).

/**
 * Catalog data types. The SOC 2 Trust Services Criteria ids, categories, series and point-of-focus counts
 * are facts; every title, guidance and template text in Assay's catalog is Assay's own writing. AICPA's
 * criterion and point-of-focus texts are never shipped (an organization with a licence may import them).
 */

export const CATEGORIES = ['security', 'availability', 'processing_integrity', 'confidentiality', 'privacy'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  security: 'Security',
  availability: 'Availability',
  processing_integrity: 'Processing Integrity',
  confidentiality: 'Confidentiality',
  privacy: 'Privacy',
};

export interface Criterion {
  /** e.g. `CC6.1`, `A1.2`, `PI1.3`, `C1.1`, `P4.2` */
  id: string;
  category: CategoryId;
  /** e.g. `CC6`, `A1`, `P4` */
  series: string;
  /** Our own name for the series, e.g. "Logical and physical access" */
  seriesName: string;
  /** The COSO 2013 principle (1–17) a CC1–CC5 criterion carries; null elsewhere. */
  cosoPrinciple: number | null;
  /** Our own short title. */
  title: string;
  /** Our own words: what the criterion is after. */
  intent: string;
  /** Our own words: what auditors usually inspect or test. */
  auditorFocus: string;
  /** Our own words: typical evidence, one item per entry. */
  typicalEvidence: string[];
  /** Number of points of focus (2022 revision) — a count only, not their text. */
  pointsOfFocusCount: number;
}

export const ISO_THEMES = ['organizational', 'people', 'physical', 'technological'] as const;
export type IsoTheme = (typeof ISO_THEMES)[number];

export interface IsoControl {
  /** e.g. `A.5.1` … `A.8.34` */
  id: string;
  theme: IsoTheme;
  /** Our own short title. */
  title: string;
}

export const NATURES = ['manual', 'automated', 'it_dependent_manual'] as const;
export type ControlNature = (typeof NATURES)[number];

export const NATURE_LABELS: Record<ControlNature, string> = {
  manual: 'Manual',
  automated: 'Automated',
  it_dependent_manual: 'IT-dependent manual',
};

export const FREQUENCIES = ['continuous', 'daily', 'weekly', 'monthly', 'quarterly', 'semi_annual', 'annual', 'per_event'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  continuous: 'Continuous',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  semi_annual: 'Semi-annual',
  annual: 'Annual',
  per_event: 'Per event',
};

export const TEST_METHODS = ['inquiry', 'inspection', 'observation', 'reperformance'] as const;
export type TestMethod = (typeof TEST_METHODS)[number];

export const TEST_METHOD_LABELS: Record<TestMethod, string> = {
  inquiry: 'Inquiry',
  inspection: 'Inspection',
  observation: 'Observation',
  reperformance: 'Reperformance',
};

/** The job function a template suggests as owner (mapped to a person when adopted). */
export const OWNER_FUNCTIONS = [
  'leadership',
  'security',
  'engineering',
  'it',
  'people',
  'legal',
  'compliance',
  'operations',
  'support',
  'privacy',
  'finance',
] as const;
export type OwnerFunction = (typeof OWNER_FUNCTIONS)[number];

export interface ControlTemplate {
  /** Stable id: domain prefix and number, e.g. `ACC-01`. Never reused for another meaning. */
  id: string;
  /** Our own title, imperative or descriptive, at most ~80 characters. */
  title: string;
  /** Our own description of what the control does, 1–3 sentences. */
  description: string;
  /** Grouping shown in the UI, e.g. "Access control". */
  domain: string;
  /** Criteria the control addresses; `primary` when it is a main answer to the criterion. */
  criteria: { id: string; relation: 'primary' | 'supporting' }[];
  nature: ControlNature;
  frequency: Frequency;
  ownerFunction: OwnerFunction;
  /** What evidence proves the control operated (one item per entry). */
  evidence: string[];
  /** How an auditor would test it: each step names its method. */
  testProcedures: { method: TestMethod; step: string }[];
  /** ISO/IEC 27001:2022 Annex A controls the same control serves, e.g. `A.5.15`. */
  iso27001: string[];
}

export interface Catalog {
  id: string;
  version: string;
  name: string;
  criteria: Criterion[];
  isoControls: IsoControl[];
  templates: ControlTemplate[];
}
