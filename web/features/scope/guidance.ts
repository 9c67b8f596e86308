// Plain guidance for each part of the system description, in the order of the description criteria DC1–DC9.
import type { SystemDescription } from './api';

type TextKey = 'services' | 'commitments' | 'systemRequirements' | 'boundaries' | 'incidents' | 'controlsNarrative' | 'significantChanges';
type ComponentKey = keyof SystemDescription['components'];

export interface TextField {
  key: TextKey | `components.${ComponentKey}`;
  label: string;
  guidance: string;
  placeholder?: string;
}

export interface NarrativeSection {
  id: string;
  dc: string;
  title: string;
  intro: string;
  fields: TextField[];
}

export const NARRATIVE: NarrativeSection[] = [
  {
    id: 'dc1',
    dc: 'DC1',
    title: 'Services',
    intro: 'What the system does and for whom. Auditors start here to understand what the report covers.',
    fields: [
      {
        key: 'services',
        label: 'Services',
        guidance: 'Name the product, what customers use it for, and the kinds of customers (e.g. mid-size finance teams in the EU and US).',
        placeholder: 'Acme runs a hosted invoicing platform for small and mid-size businesses…',
      },
    ],
  },
  {
    id: 'dc2',
    dc: 'DC2',
    title: 'Commitments and system requirements',
    intro: 'What you promise customers, and what the system needs in order to keep those promises.',
    fields: [
      {
        key: 'commitments',
        label: 'Service commitments',
        guidance: 'Uptime and support SLAs, security and confidentiality terms in contracts, your public security page.',
      },
      {
        key: 'systemRequirements',
        label: 'System requirements',
        guidance: 'The operational, legal and technical requirements that follow from those commitments.',
      },
    ],
  },
  {
    id: 'dc3',
    dc: 'DC3',
    title: 'Components and boundaries',
    intro: 'What the system is made of, and where it ends. Anything outside the boundary is outside the audit.',
    fields: [
      { key: 'components.infrastructure', label: 'Infrastructure', guidance: 'Cloud accounts, regions, networks, databases, storage.' },
      { key: 'components.software', label: 'Software', guidance: 'Your applications and the main third-party software they rely on.' },
      { key: 'components.people', label: 'People', guidance: 'The teams that build, run and support the system, and who they report to.' },
      {
        key: 'components.procedures',
        label: 'Procedures',
        guidance: 'How changes ship, how access is granted, how incidents are handled.',
      },
      { key: 'components.data', label: 'Data', guidance: 'What data the system holds and processes, and how sensitive it is.' },
      { key: 'boundaries', label: 'Boundaries', guidance: 'What is in scope and what is explicitly not (other products, internal tools).' },
    ],
  },
  {
    id: 'dc4',
    dc: 'DC4',
    title: 'Incidents',
    intro: 'Significant security or availability incidents during the period, and what was done about them.',
    fields: [
      {
        key: 'incidents',
        label: 'Significant incidents',
        guidance: 'Write "None" if there were none; auditors want that said explicitly.',
      },
    ],
  },
  {
    id: 'dc5',
    dc: 'DC5–DC6',
    title: 'How the criteria are met',
    intro: 'Assay lists your controls per criterion in the export itself; add the overall story here.',
    fields: [
      {
        key: 'controlsNarrative',
        label: 'Controls narrative',
        guidance: 'How your control environment is organised: governance, risk assessment, monitoring.',
      },
    ],
  },
];

export const CHANGES: TextField = {
  key: 'significantChanges',
  label: 'Significant changes',
  guidance: 'Changes to the system during the period: a new region, a re-architecture, a new key vendor.',
};

/** Reads a text field of the description (top level or a component). */
export function readField(d: SystemDescription, key: TextField['key']): string {
  if (key.startsWith('components.')) return d.components[key.slice(11) as ComponentKey];
  return d[key as TextKey];
}

/** Writes a text field of the description, returning a new description. */
export function writeField(d: SystemDescription, key: TextField['key'], value: string): SystemDescription {
  if (key.startsWith('components.')) return { ...d, components: { ...d.components, [key.slice(11)]: value } };
  return { ...d, [key]: value };
}

/** What keeps the description from being saved, in words. */
export function descriptionProblems(d: SystemDescription): string[] {
  const out: string[] = [];
  if (d.subserviceOrgs.some((s) => !s.name.trim() && (s.services.trim() || s.csocs.some(Boolean) || s.criteria.length)))
    out.push('Each subservice organization needs a name.');
  if (d.notRelevant.some((n) => !n.criterionId && n.reason.trim())) out.push('Pick the criterion each "not relevant" reason is about.');
  if (d.notRelevant.some((n) => n.criterionId && !n.reason.trim())) out.push('Each criterion marked not relevant needs a reason.');
  if (d.cuecs.some((c) => !c.text.trim() && c.criteria.length)) out.push('Each CUEC needs a description of what the customer must do.');
  return out;
}
