import { CATEGORY_LABELS, FREQUENCY_LABELS, NATURE_LABELS } from '../../catalog/types.js';
import { type ExportControl, type ExportData, isoDay, longDate, STATUS_LABELS } from './data.js';
import { type Block, type Span, textOrTodo, todoSpan, toMarkdown, toPdfContent } from './doc-model.js';
import { renderPdf } from './pdf.js';

/** The DC 200 sections in order; the headings are the same in Markdown and PDF. */
export const DC_HEADINGS = {
  DC1: 'DC1 — Types of services provided',
  DC2: 'DC2 — Principal service commitments and system requirements',
  DC3: 'DC3 — Components of the system',
  DC4: 'DC4 — System incidents',
  DC5: 'DC5 — Applicable trust services criteria and related controls',
  DC6: 'DC6 — Complementary user entity controls',
  DC7: 'DC7 — Subservice organizations',
  DC8: 'DC8 — Criteria not relevant to the system',
  DC9: 'DC9 — Significant changes during the period',
} as const;

const h = (level: 1 | 2 | 3 | 4, text: string): Block => ({ kind: 'heading', level, text });
const field = (label: string, value: string): Span[] => [{ text: `${label}: `, bold: true }, value.trim() || todoSpan];

/** Controls that currently address criteria: active and not marked not applicable. */
const counting = (c: ExportControl) => c.active && c.status !== 'not_applicable';

function controlSpans(c: ExportControl, relation?: 'primary' | 'supporting'): Span[] {
  const facts = [relation, NATURE_LABELS[c.nature].toLowerCase(), FREQUENCY_LABELS[c.frequency].toLowerCase()].filter(Boolean).join(', ');
  const status = c.status === 'implemented' ? '' : `; ${STATUS_LABELS[c.status].toLowerCase()}`;
  return [{ text: c.code, bold: true }, ` ${c.title} (${facts}${status})`];
}

function intro(d: ExportData): Block[] {
  const p = d.scope.profile;
  return [
    h(1, `Description of the ${d.displayName} system`),
    {
      kind: 'para',
      spans: [
        {
          text: `Draft of section 3 of a SOC 2 report (management's description of the system), prepared with Assay on ${longDate(d.generatedAt)}. It follows the description criteria DC1–DC9. Passages marked `,
          italic: true,
        },
        todoSpan,
        { text: " still need management's input; management reviews, completes and owns the final text.", italic: true },
      ],
    },
    {
      kind: 'para',
      spans: [{ text: 'Trust services categories in scope: ', bold: true }, p.categories.map((c) => CATEGORY_LABELS[c]).join(', ')],
    },
    h(2, 'The organization'),
    {
      kind: 'list',
      items: [
        field('Legal name', p.legalName),
        field('Website', p.website),
        field('Industry', p.industry),
        field('Headcount', p.headcount),
      ],
    },
  ];
}

function dc1to4(d: ExportData): Block[] {
  const s = d.scope.systemDescription;
  const c = s.components;
  return [
    h(2, DC_HEADINGS.DC1),
    textOrTodo(s.services, 'Describe the services the system provides and the kinds of customers who use them.'),
    h(2, DC_HEADINGS.DC2),
    h(3, 'Service commitments'),
    textOrTodo(
      s.commitments,
      'State the principal commitments made to customers (contracts, service levels, published security statements).',
    ),
    h(3, 'System requirements'),
    textOrTodo(
      s.systemRequirements,
      'State the requirements the system must meet to keep those commitments (laws, policies, internal standards).',
    ),
    h(2, DC_HEADINGS.DC3),
    h(3, 'Infrastructure'),
    textOrTodo(c.infrastructure, 'Describe the hosting, networks and hardware the system runs on.'),
    h(3, 'Software'),
    textOrTodo(c.software, 'Describe the applications, services and tools that make up the system.'),
    h(3, 'People'),
    textOrTodo(c.people, 'Describe the teams and roles that build, run, secure and support the system.'),
    h(3, 'Procedures'),
    textOrTodo(c.procedures, 'Describe the automated and manual procedures that operate the system.'),
    h(3, 'Data'),
    textOrTodo(c.data, 'Describe the data the system processes and stores, and how it is classified.'),
    h(3, 'System boundaries'),
    textOrTodo(s.boundaries, 'State what is inside the system and what is outside it.'),
    h(2, DC_HEADINGS.DC4),
    textOrTodo(
      s.incidents,
      'Describe any incident that caused a significant failure to meet the service commitments or system requirements, or state that there was none.',
    ),
  ];
}

function dc5(d: ExportData): Block[] {
  const out: Block[] = [
    h(2, DC_HEADINGS.DC5),
    textOrTodo(d.scope.systemDescription.controlsNarrative, 'Explain in plain words how the controls listed below meet the criteria.'),
  ];
  const excluded = new Set(d.readiness.excluded.map((e) => e.id));
  for (const cat of d.scope.profile.categories) {
    out.push(h(3, `${CATEGORY_LABELS[cat]} criteria`));
    for (const cr of d.catalog.criteria.filter((c) => c.category === cat)) {
      out.push(h(4, `${cr.id} — ${cr.title}`));
      if (excluded.has(cr.id)) {
        out.push({ kind: 'note', text: 'Not relevant to the system; see DC8.' });
        continue;
      }
      const linked = d.controls.filter(counting).flatMap((c) => {
        const link = c.criteria.find((l) => l.id === cr.id);
        return link ? [{ c, relation: link.relation }] : [];
      });
      linked.sort((a, b) => (a.relation === b.relation ? 0 : a.relation === 'primary' ? -1 : 1));
      out.push(
        linked.length
          ? { kind: 'list', items: linked.map(({ c, relation }) => controlSpans(c, relation)) }
          : { kind: 'todo', hint: 'No control addresses this criterion yet.' },
      );
    }
  }
  const described = d.controls.filter((c) => counting(c) && c.criteria.some((l) => !excluded.has(l.id)));
  out.push(h(3, 'The controls'));
  out.push(
    described.length
      ? { kind: 'list', items: described.map((c) => [...controlSpans(c), c.description.trim() ? `: ${c.description.trim()}` : '']) }
      : { kind: 'todo', hint: 'No control has been adopted yet.' },
  );
  return out;
}

function dc6to9(d: ExportData): Block[] {
  const s = d.scope.systemDescription;
  const title = (id: string) => d.catalog.criteria.find((c) => c.id === id)?.title ?? '';
  const out: Block[] = [h(2, DC_HEADINGS.DC6)];
  if (s.cuecs.length) {
    out.push({ kind: 'note', text: 'Controls the design assumes each user entity operates, with the criteria they help meet.' });
    out.push({
      kind: 'list',
      items: s.cuecs.map((c) => [c.text, c.criteria.length ? { text: ` (${c.criteria.join(', ')})`, italic: true } : '']),
    });
  } else {
    out.push({
      kind: 'todo',
      hint: 'List the controls customers are expected to operate (for example, managing their own users’ access), or state that the design assumes none.',
    });
  }

  out.push(h(2, DC_HEADINGS.DC7));
  if (!s.subserviceOrgs.length) {
    out.push({
      kind: 'todo',
      hint: 'List the subservice organizations the system relies on (for example, the hosting provider) and the method used for each, or state that there are none.',
    });
  }
  for (const o of s.subserviceOrgs) {
    out.push(h(3, o.name));
    out.push({
      kind: 'list',
      items: [
        [
          { text: 'Method: ', bold: true },
          o.method === 'carve_out'
            ? 'carve-out (its controls are excluded from this description)'
            : 'inclusive (its controls are part of this description)',
        ],
        field('Services provided', o.services),
        [{ text: 'Criteria that depend on it: ', bold: true }, o.criteria.length ? o.criteria.join(', ') : todoSpan],
      ],
    });
    if (o.method === 'carve_out') {
      out.push({ kind: 'para', spans: [{ text: 'Complementary subservice organization controls (CSOCs) assumed', bold: true }] });
      out.push(
        o.csocs.length
          ? { kind: 'list', items: o.csocs.map((c) => [c]) }
          : { kind: 'todo', hint: `List the controls ${o.name} is expected to operate.` },
      );
    } else {
      out.push({
        kind: 'todo',
        hint: `Describe the controls ${o.name} operates and the system components it provides; its management also gives a written assertion.`,
      });
    }
  }

  out.push(h(2, DC_HEADINGS.DC8));
  out.push(
    d.readiness.excluded.length
      ? { kind: 'list', items: d.readiness.excluded.map((e) => [{ text: e.id, bold: true }, ` ${title(e.id)}: ${e.reason}`]) }
      : { kind: 'para', spans: ['No criterion of the categories in scope has been marked as not relevant to the system.'] },
  );

  out.push(h(2, DC_HEADINGS.DC9));
  out.push(
    textOrTodo(
      s.significantChanges,
      'Describe significant changes to the system or its controls during the period, or state that there were none (type 2 reports).',
    ),
  );
  return out;
}

function blocks(d: ExportData): Block[] {
  return [...intro(d), ...dc1to4(d), ...dc5(d), ...dc6to9(d)];
}

/** The draft system description (section 3) as Markdown. */
export function systemDescriptionMarkdown(d: ExportData): string {
  return toMarkdown(blocks(d));
}

/** The draft system description (section 3) as PDF. */
export function systemDescriptionPdf(d: ExportData): Promise<Buffer> {
  return renderPdf({
    title: `Description of the ${d.displayName} system (draft) — ${isoDay(d.generatedAt)}`,
    footer: `${d.displayName} · System description (draft) · ${isoDay(d.generatedAt)}`,
    content: toPdfContent(blocks(d)),
  });
}
