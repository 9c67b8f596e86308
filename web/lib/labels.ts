// How people read the program's enum values: categories, control status, nature, frequency, task status.

// The catalog's vocabularies and their labels are shared with the server, so both say the same.
import { CATEGORY_LABELS, type CategoryId, type ControlNature } from '../../src/catalog/types';

export {
  CATEGORIES,
  CATEGORY_LABELS,
  FREQUENCIES,
  FREQUENCY_LABELS,
  type Frequency,
  NATURE_LABELS,
  NATURES,
  TEST_METHOD_LABELS,
  type TestMethod,
} from '../../src/catalog/types';
export type Category = CategoryId;
export type Nature = ControlNature;

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
