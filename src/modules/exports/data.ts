import { getCatalog } from '../../catalog/index.js';
import type { Catalog, ControlNature, Frequency } from '../../catalog/types.js';
import type { Executor } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors.js';
import { controlStore } from '../controls/store.js';
import { orgStore } from '../orgs/store.js';
import type { ControlStatus, ReadinessResult } from '../readiness/engine.js';
import { readinessOf } from '../readiness/service.js';
import { loadScope } from '../scope/service.js';

export interface ExportControl {
  id: string;
  code: string;
  title: string;
  description: string;
  domain: string;
  nature: ControlNature;
  frequency: Frequency;
  status: ControlStatus;
  statusReason: string | null;
  active: boolean;
  deactivatedReason: string | null;
  owner: { name: string; email: string } | null;
  evidence: string[];
  criteria: { id: string; relation: 'primary' | 'supporting' }[];
  iso: string[];
}

/** Everything an export is built from, read once per request. */
export interface ExportData {
  org: { id: string; name: string; slug: string };
  /** The name to print: the legal name when the profile has one. */
  displayName: string;
  generatedAt: Date;
  scope: Awaited<ReturnType<typeof loadScope>>;
  readiness: ReadinessResult;
  controls: ExportControl[];
  catalog: Catalog;
}

function parseList(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Reads the organization, its scope, readiness and controls for the exports. */
export async function loadExportData(db: Executor, orgId: string, now = new Date()): Promise<ExportData> {
  const org = await orgStore.getOrg(db, orgId);
  if (!org) throw notFound('Organization');
  const scope = await loadScope(db, orgId);
  const readiness = await readinessOf(db, orgId);
  const rows = await controlStore.list(db, orgId);
  const links = await controlStore.links(db, orgId);
  const controls: ExportControl[] = rows.map((r) => ({
    id: r.id,
    code: r.code,
    title: r.title,
    description: r.description,
    domain: r.domain,
    nature: r.nature as ControlNature,
    frequency: r.frequency as Frequency,
    status: r.status as ControlStatus,
    statusReason: r.status_reason,
    active: !!r.active,
    deactivatedReason: r.deactivated_reason,
    owner: r.owner_id ? { name: r.owner_name ?? '', email: r.owner_email ?? '' } : null,
    evidence: parseList(r.evidence),
    criteria: links.criteria
      .filter((l) => l.control_id === r.id)
      .map((l) => ({ id: l.criterion_id, relation: l.relation as 'primary' | 'supporting' })),
    iso: links.iso.filter((l) => l.control_id === r.id).map((l) => l.iso_id),
  }));
  controls.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  return {
    org: { id: org.id, name: org.name, slug: org.slug },
    displayName: scope.profile.legalName.trim() || org.name,
    generatedAt: now,
    scope,
    readiness,
    controls,
    catalog: getCatalog(),
  };
}

/** `YYYY-MM-DD` in UTC. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A long, unambiguous date for documents, e.g. `4 March 2026` (UTC). */
export const longDate = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const STATUS_LABELS: Record<ControlStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  implemented: 'Implemented',
  not_applicable: 'Not applicable',
};

/** A control's status as a person reads it; a deactivated control says so first. */
export function controlStateLabel(c: Pick<ExportControl, 'active' | 'status'>): string {
  return c.active ? STATUS_LABELS[c.status] : `Deactivated (was ${STATUS_LABELS[c.status].toLowerCase()})`;
}
