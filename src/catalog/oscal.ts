/**
 * OSCAL (NIST, JSON, v1.2.1 schemas) for the catalog: Assay's criteria exported as an OSCAL catalog and an
 * organization's controls as an OSCAL component-definition. Exports carry Assay's own writing only. The
 * reader for a licensed catalog of the AICPA's official texts lives in oscal-import.ts, re-exported here.
 */
import { createHash } from 'node:crypto';
import type { Catalog, Criterion } from './types.js';

export {
  type OfficialText,
  oscalAjv,
  oscalSchemaPath,
  type ParsedOfficialTexts,
  parseOfficialTexts,
} from './oscal-import.js';

/** The OSCAL version the exports are written against (the schemas in use are the v1.2.1 release). */
export const OSCAL_VERSION = '1.2.1';
/** Namespace of Assay's own props and part names. */
export const ASSAY_NS = 'https://assay.dev/ns/oscal';
/** Fixed namespace for the name-based (v5) uuids of Assay's OSCAL documents. Never change it. */
const UUID_NAMESPACE = '6f0e5b52-8c1d-5e3a-9b7f-2a4c8d1e0f36';

type Json = Record<string, unknown>;

/** A name-based UUID (RFC 4122 version 5, SHA-1): the same name always gives the same uuid. */
export function uuidV5(name: string, namespace = UUID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const b = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** OSCAL string and markup-line values: one line, no surrounding whitespace, never empty. */
function line(s: string, fallback = '-'): string {
  return s.replace(/\s+/g, ' ').trim() || fallback;
}

/** An OSCAL token (NCName) made from any code, e.g. `ACC-01` -> `acc-01`. */
function token(s: string): string {
  const t = s.toLowerCase().replace(/[^\p{L}\p{N}._-]+/gu, '-');
  return /^[\p{L}_]/u.test(t) ? t : `x-${t}`;
}

const prop = (name: string, value: string, extra: Json = {}) => ({ name, value: line(value), ...extra });
const assayProp = (name: string, value: string, extra: Json = {}) => prop(name, value, { ns: ASSAY_NS, ...extra });

/** The OSCAL control id of a criterion: `CC6.1` -> `cc6.1`. */
export const oscalControlId = (criterionId: string) => criterionId.toLowerCase();

/** The uuid of the exported catalog (changes with the catalog's id or version, nothing else). */
export const catalogUuid = (c: Catalog) => uuidV5(`catalog:${c.id}:${c.version}`);

function sortId(criterionId: string): string {
  const m = /^([A-Z]+)(\d+)\.(\d+)$/.exec(criterionId);
  return m ? `${m[1].toLowerCase()}${m[2].padStart(2, '0')}.${m[3].padStart(2, '0')}` : criterionId.toLowerCase();
}

function criterionControl(cr: Criterion) {
  const id = oscalControlId(cr.id);
  return {
    id,
    class: 'criterion',
    title: line(cr.title),
    props: [
      prop('label', cr.id),
      prop('sort-id', sortId(cr.id)),
      assayProp('category', cr.category),
      ...(cr.cosoPrinciple ? [assayProp('coso-principle', String(cr.cosoPrinciple))] : []),
      assayProp('points-of-focus-count', String(cr.pointsOfFocusCount)),
    ],
    parts: [
      { id: `${id}_gdn`, name: 'guidance', title: 'Intent', prose: cr.intent },
      { id: `${id}_mth`, name: 'assessment-method', title: 'Auditor focus', prose: cr.auditorFocus },
      ...(cr.typicalEvidence.length
        ? [
            {
              id: `${id}_evd`,
              name: 'typical-evidence',
              ns: ASSAY_NS,
              title: 'Typical evidence',
              parts: cr.typicalEvidence.map((e, i) => ({ id: `${id}_evd.${i + 1}`, name: 'evidence-item', ns: ASSAY_NS, prose: e })),
            },
          ]
        : []),
    ],
  };
}

/**
 * Assay's catalog as an OSCAL catalog: one group per series (CC1…P8), one control per criterion with our own
 * title, intent, auditor focus and typical evidence, and the point-of-focus count (never AICPA text).
 * Deterministic: two exports of the same catalog differ only in `last-modified`.
 */
export function catalogToOscal(catalog: Catalog, opts: { lastModified?: string } = {}): { catalog: Json } {
  const series = [...new Set(catalog.criteria.map((c) => c.series))];
  const totalPof = catalog.criteria.reduce((a, c) => a + c.pointsOfFocusCount, 0);
  return {
    catalog: {
      uuid: catalogUuid(catalog),
      metadata: {
        title: line(`Assay catalog: ${catalog.name}`),
        'last-modified': opts.lastModified ?? new Date().toISOString(),
        version: line(catalog.version),
        'oscal-version': OSCAL_VERSION,
        props: [
          assayProp('catalog-id', catalog.id),
          assayProp('criteria-count', String(catalog.criteria.length)),
          assayProp('points-of-focus-count', String(totalPof)),
          assayProp('official-text', 'not-included'),
        ],
        remarks:
          "Titles, intents, auditor focus and typical evidence are Assay's own writing. The AICPA's criterion and point-of-focus texts are not included; an organization holding a licence may import them into its own Assay instance.",
      },
      groups: series.map((s) => {
        const items = catalog.criteria.filter((c) => c.series === s);
        return {
          id: token(s),
          class: 'series',
          title: line(items[0].seriesName),
          props: [prop('label', s), assayProp('category', items[0].category)],
          controls: items.map(criterionControl),
        };
      }),
    },
  };
}

/** One of the organization's controls, as the component-definition needs it. */
export interface OscalControlInput {
  id: string;
  code: string;
  title: string;
  description: string;
  status: string;
  nature: string;
  frequency: string;
  active: boolean;
  owner?: { id: string; name: string; email?: string | null } | null;
  criteria: { id: string; relation: string }[];
}

/**
 * The organization's system as an OSCAL component-definition: one `service` component whose control
 * implementation points at the exported catalog (a back-matter resource) and lists, per criterion addressed
 * by at least one active control, the controls implementing it. Props of one control share a `group`.
 */
export function componentDefinition(
  org: { id: string; name: string },
  controls: OscalControlInput[],
  catalog: Catalog,
  opts: { lastModified?: string; catalogHref?: string } = {},
): { 'component-definition': Json } {
  const active = controls.filter((c) => c.active).sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  const orgParty = uuidV5(`party:${org.id}`);
  const ownerParty = (userId: string) => uuidV5(`party:${org.id}:${userId}`);
  const owners = new Map<string, NonNullable<OscalControlInput['owner']>>();
  for (const c of active) if (c.owner) owners.set(c.owner.id, c.owner);

  const requirements = catalog.criteria.flatMap((cr) => {
    const linked = active.filter((c) => c.criteria.some((l) => l.id === cr.id));
    if (!linked.length) return [];
    const partyIds = [...new Set(linked.flatMap((c) => (c.owner ? [ownerParty(c.owner.id)] : [])))];
    return [
      {
        uuid: uuidV5(`implemented-requirement:${org.id}:${cr.id}`),
        'control-id': oscalControlId(cr.id),
        description: linked.map((c) => `- **${line(c.code)}** ${line(c.title)}: ${line(c.description, '')}`.trimEnd()).join('\n'),
        props: [
          assayProp('control-count', String(linked.length)),
          ...linked.flatMap((c) => {
            const group = token(c.code);
            return [
              assayProp('control-code', c.code, { group }),
              assayProp('control-id', c.id, { group }),
              assayProp('relation', c.criteria.find((l) => l.id === cr.id)!.relation, { group }),
              assayProp('status', c.status, { group }),
              assayProp('nature', c.nature, { group }),
              assayProp('frequency', c.frequency, { group }),
            ];
          }),
        ],
        ...(partyIds.length ? { 'responsible-roles': [{ 'role-id': 'control-owner', 'party-uuids': partyIds }] } : {}),
      },
    ];
  });

  const resourceUuid = uuidV5(`resource:catalog:${catalog.id}:${catalog.version}`);
  const content = JSON.stringify([org, requirements, [...owners.values()]]);
  const component: Json = {
    uuid: uuidV5(`component:${org.id}:system`),
    type: 'service',
    title: line(`${org.name} system`),
    description: `The system ${line(org.name)} provides to its customers, and the SOC 2 controls that address the Trust Services Criteria, as recorded in Assay.`,
    props: [assayProp('organization-id', org.id), assayProp('active-controls', String(active.length))],
    'responsible-roles': [{ 'role-id': 'provider', 'party-uuids': [orgParty] }],
    ...(requirements.length
      ? {
          'control-implementations': [
            {
              uuid: uuidV5(`control-implementation:${org.id}:${catalog.id}`),
              source: `#${resourceUuid}`,
              description: `How ${line(org.name)}'s active controls address the criteria of ${line(catalog.name)}.`,
              'implemented-requirements': requirements,
            },
          ],
        }
      : {}),
  };
  return {
    'component-definition': {
      uuid: uuidV5(`component-definition:${org.id}`),
      metadata: {
        title: line(`${org.name}: SOC 2 control implementations`),
        'last-modified': opts.lastModified ?? new Date().toISOString(),
        version: `${catalog.version}+${createHash('sha256').update(content).digest('hex').slice(0, 12)}`,
        'oscal-version': OSCAL_VERSION,
        roles: [
          { id: 'provider', title: 'Provider' },
          { id: 'control-owner', title: 'Control owner' },
        ],
        parties: [
          { uuid: orgParty, type: 'organization', name: line(org.name) },
          ...[...owners.values()]
            .sort((a, b) => a.id.localeCompare(b.id))
            .map((o) => ({
              uuid: ownerParty(o.id),
              type: 'person',
              name: line(o.name, o.email ?? 'Unnamed'),
              ...(o.email ? { 'email-addresses': [o.email] } : {}),
            })),
        ],
      },
      components: [component],
      'back-matter': {
        resources: [
          {
            uuid: resourceUuid,
            title: line(catalog.name),
            props: [assayProp('catalog-uuid', catalogUuid(catalog))],
            rlinks: [{ href: opts.catalogHref ?? '/api/v1/oscal/catalog', 'media-type': 'application/oscal.catalog+json' }],
          },
        ],
      },
    },
  };
}
