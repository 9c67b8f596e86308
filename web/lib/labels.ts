// How people read the program's enum values: categories, control status, nature, frequency, task status.

export const CATEGORIES = ['security', 'availability', 'processing_integrity', 'confidentiality', 'privacy'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  security: 'Security',
  availability: 'Availability',
  processing_integrity: 'Processing Integrity',
  confidentiality: 'Confidentiality',
  privacy: 'Privacy',
};

/** One line on when a category belongs in the report. */
export const CATEGORY_BLURBS: Record<Category, string> = {
  security: 'The Common Criteria (CC1–CC9): every SOC 2 report covers them.',
  availability: 'You promise uptime or recovery times: capacity, backups and disaster recovery.',
  processing_integrity: 'Customers rely on your processing being complete, accurate and on time.',
  confidentiality: 'You hold information customers marked confidential and must protect and dispose of it.',
  privacy: 'You collect personal information and make commitments about how it is used.',
};

export const CATEGORY_COLORS: Record<Category, string> = {
  security: 'blue',
  availability: 'teal',
  processing_integrity: 'violet',
  confidentiality: 'orange',
  privacy: 'pink',
};

/** "security" → "Security"; unknown values pass through. */
export function categoryLabel(c: string): string {
  return CATEGORY_LABELS[c as Category] ?? c;
}

export const CONTROL_STATUSES = ['not_started', 'in_progress', 'implemented', 'not_applicable'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

export const CONTROL_STATUS_LABELS: Record<ControlStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  implemented: 'Implemented',
  not_applicable: 'Not applicable',
};

export const CONTROL_STATUS_COLORS: Record<ControlStatus, string> = {
  not_started: 'gray',
  in_progress: 'yellow',
  implemented: 'teal',
  not_applicable: 'dark',
};

export const NATURES = ['manual', 'automated', 'it_dependent_manual'] as const;
export type Nature = (typeof NATURES)[number];
export const NATURE_LABELS: Record<Nature, string> = {
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

export const TEST_METHOD_LABELS: Record<string, string> = {
  inquiry: 'Inquiry',
  inspection: 'Inspection',
  observation: 'Observation',
  reperformance: 'Reperformance',
};

export const TASK_STATUSES = ['open', 'in_progress', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = { open: 'Open', in_progress: 'In progress', done: 'Done' };
export const TASK_STATUS_COLORS: Record<TaskStatus, string> = { open: 'blue', in_progress: 'yellow', done: 'teal' };

/** Options for a Select from a label map, in the map's order. */
export function optionsOf(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** A percentage as people read it: "66.7%", "100%", "0%". */
export function formatPercent(n: number): string {
  return `${Number.isInteger(n) ? n : n.toFixed(1)}%`;
}

const OWNER_FUNCTION_LABELS: Record<string, string> = {
  leadership: 'Leadership',
  security: 'Security',
  engineering: 'Engineering',
  it: 'IT',
  people: 'People / HR',
  legal: 'Legal',
  compliance: 'Compliance',
  operations: 'Operations',
  support: 'Customer support',
  privacy: 'Privacy',
  finance: 'Finance',
};

/** The job function a template suggests as owner ("it" → "IT"). */
export function ownerFunctionLabel(f: string): string {
  return OWNER_FUNCTION_LABELS[f] ?? f;
}
