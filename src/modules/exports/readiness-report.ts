import { CATEGORIES, CATEGORY_LABELS, ISO_THEMES, type IsoTheme } from '../../catalog/types.js';
import type { CriterionReadiness } from '../readiness/engine.js';
import { type ExportData, isoDay, longDate, STATUS_LABELS } from './data.js';
import { COLORS, type Content, heading, percent, renderPdf, scoreColor, type TableCell, table } from './pdf.js';

const THEME_LABELS: Record<IsoTheme, string> = {
  organizational: 'Organizational (A.5)',
  people: 'People (A.6)',
  physical: 'Physical (A.7)',
  technological: 'Technological (A.8)',
};

/** The reasons a criterion is not ready, one line per control (or one for a criterion without controls). */
export function gapLines(c: CriterionReadiness): { code: string; text: string }[] {
  const lines: { code: string; text: string }[] = [];
  for (const g of c.gaps) if (g.kind === 'no_control') lines.push({ code: '', text: 'No active control addresses this criterion' });
  for (const ctl of c.controls) {
    const kinds = new Set(c.gaps.filter((g) => g.kind !== 'no_control' && g.controlId === ctl.id).map((g) => g.kind));
    if (!kinds.size) continue;
    const why: string[] = [];
    if (kinds.has('not_implemented')) why.push(STATUS_LABELS[ctl.status].toLowerCase());
    if (kinds.has('no_owner')) why.push('no owner');
    lines.push({ code: ctl.code, text: `${ctl.title}: ${why.join(', ')}` });
  }
  return lines;
}

function kpi(label: string, value: string, color: string): Content {
  return {
    stack: [
      { text: value, fontSize: 24, bold: true, color },
      { text: label, color: COLORS.muted, margin: [0, 2, 0, 0] },
    ],
    margin: [0, 0, 12, 0],
  };
}

function titlePage(d: ExportData): Content[] {
  const r = d.readiness;
  const cats = d.scope.profile.categories.map((c) => CATEGORY_LABELS[c]).join(', ');
  const aka = d.displayName !== d.org.name ? [{ text: `(${d.org.name} in Assay)`, style: 'subtitle' } as Content] : [];
  return [
    { text: 'SOC 2 readiness report', style: 'subtitle', margin: [0, 120, 0, 6] },
    { text: d.displayName, style: 'title' },
    ...aka,
    { text: `Prepared on ${longDate(d.generatedAt)} (UTC)`, style: 'subtitle' },
    { text: [{ text: 'Trust services categories in scope: ', bold: true }, cats], margin: [0, 16, 0, 24] },
    {
      columns: [
        kpi('Overall readiness', percent(r.overall), scoreColor(r.overall)),
        kpi('Criteria ready', `${r.criteriaReady} of ${r.criteriaTotal}`, COLORS.ink),
        kpi('ISO/IEC 27001:2022 readiness', percent(r.frameworks.iso27001), scoreColor(r.frameworks.iso27001)),
      ],
    },
    {
      text: `${r.gaps.length} open gap${r.gaps.length === 1 ? '' : 's'} · ${r.excluded.length} criteri${r.excluded.length === 1 ? 'on' : 'a'} marked not relevant · ${d.controls.length} controls recorded`,
      color: COLORS.muted,
      margin: [0, 18, 0, 0],
    },
    {
      text:
        'This report is a self-assessment computed by Assay from the controls, owners and statuses recorded for the organization on the date above. ' +
        'It measures how close the organization is to being ready for a SOC 2 examination. It is not an auditor’s opinion and it does not show that any control operated over a period.',
      style: 'note',
      margin: [0, 40, 0, 0],
      pageBreak: 'after',
    },
  ];
}

function categorySection(d: ExportData): Content[] {
  const r = d.readiness;
  const rows: TableCell[][] = r.categories.map((c) => [
    CATEGORY_LABELS[c.id],
    { text: String(c.total), alignment: 'right' },
    { text: String(c.ready), alignment: 'right' },
    { text: percent(c.score), alignment: 'right', color: scoreColor(c.score), bold: true },
  ]);
  rows.push([
    { text: 'All criteria in scope', bold: true },
    { text: String(r.criteriaTotal), alignment: 'right', bold: true },
    { text: String(r.criteriaReady), alignment: 'right', bold: true },
    { text: percent(r.overall), alignment: 'right', color: scoreColor(r.overall), bold: true },
  ]);
  return [heading('1. Readiness by category', 'h1'), table(['Category', 'Criteria>', 'Ready>', 'Score>'], rows, ['*', 60, 60, 60])];
}

function formulaSection(): Content[] {
  return [
    heading('2. How readiness is measured', 'h1'),
    {
      ul: [
        'Each control gets a value. An active control that is implemented and has an owner is worth 1. A control that is implemented but has no owner, or is still in progress, is worth one half. A control that has not been started is worth 0. Deactivated controls and controls marked not applicable are left out.',
        'A criterion’s score is the weighted average of the values of the controls linked to it. A control that is a primary answer to the criterion counts twice as much as a supporting one. A criterion that no counting control addresses scores 0. A criterion is ready only when it reaches 100%.',
        'A category’s score is the simple average of its criteria’s scores, and the overall score is the simple average over every criterion in scope, so each criterion weighs the same whatever its category.',
        'Criteria of categories that are not in scope, and criteria the system description marks as not relevant (with a reason), are left out of every figure.',
        'The ISO/IEC 27001:2022 figure applies the same control values to the 93 Annex A controls: each Annex A control scores the average value of the controls mapped to it (0 when none is), and the figure is the average over all 93.',
      ],
      margin: [0, 0, 0, 6],
    },
    {
      text: 'Example: a criterion with one primary control that is implemented and owned (1 × 2) and one supporting control in progress (0.5 × 1) scores (2 + 0.5) ÷ 3 = 83.3%.',
      style: 'note',
    },
  ];
}

function criteriaSection(d: ExportData): Content[] {
  const out: Content[] = [heading('3. Criteria', 'h1', { pageBreak: 'before' })];
  for (const cat of d.scope.profile.categories) {
    const of = d.readiness.criteria.filter((c) => c.category === cat);
    if (!of.length) continue;
    out.push(heading(CATEGORY_LABELS[cat], 'h2'));
    const rows: TableCell[][] = of.map((c) => {
      const lines = gapLines(c);
      const missing: TableCell = lines.length
        ? { stack: lines.map((l) => ({ text: l.code ? [{ text: `${l.code} `, bold: true }, l.text] : l.text, margin: [0, 0, 0, 1] })) }
        : { text: 'Nothing missing', color: COLORS.good };
      return [
        { text: c.id, bold: true },
        c.title,
        { text: percent(c.score), alignment: 'right', color: scoreColor(c.score), bold: true },
        { text: String(c.controls.length), alignment: 'right' },
        missing,
      ];
    });
    out.push(table(['Criterion', 'Title', 'Score>', 'Controls>', 'Why it is not ready'], rows, [42, 130, 36, 38, '*']));
  }
  return out;
}

function excludedSection(d: ExportData): Content[] {
  const notInScope = CATEGORIES.filter((c) => !d.scope.profile.categories.includes(c));
  const out: Content[] = [heading('4. Criteria left out', 'h1')];
  out.push({
    text: notInScope.length
      ? `Categories not in scope: ${notInScope
          .map((c) => `${CATEGORY_LABELS[c]} (${d.catalog.criteria.filter((x) => x.category === c).length} criteria)`)
          .join(', ')}.`
      : 'All five trust services categories are in scope.',
    style: 'para',
  });
  if (!d.readiness.excluded.length) {
    out.push({ text: 'No criterion of the categories in scope is marked as not relevant.', style: 'para' });
    return out;
  }
  const title = (id: string) => d.catalog.criteria.find((c) => c.id === id)?.title ?? '';
  out.push(
    table(
      ['Criterion', 'Title', 'Why it is not relevant'],
      d.readiness.excluded.map((e) => [{ text: e.id, bold: true }, title(e.id), e.reason]),
      [42, 160, '*'],
    ),
  );
  return out;
}

function isoSection(d: ExportData): Content[] {
  const r = d.readiness;
  const theme = new Map(d.catalog.isoControls.map((i) => [i.id, i.theme]));
  const rows: TableCell[][] = ISO_THEMES.map((t) => {
    const of = r.iso.filter((i) => theme.get(i.id) === t);
    const score = of.length ? of.reduce((a, i) => a + i.score, 0) / of.length : 0;
    return [
      THEME_LABELS[t],
      { text: String(of.length), alignment: 'right' },
      { text: String(of.filter((i) => i.controls > 0).length), alignment: 'right' },
      { text: percent(Math.round(score * 10) / 10), alignment: 'right', color: scoreColor(score), bold: true },
    ];
  });
  const uncovered = r.iso.filter((i) => i.controls === 0);
  return [
    heading('5. ISO/IEC 27001:2022 summary', 'h1'),
    {
      text: `Through the ISO/IEC 27001:2022 links of the organization’s controls, the Annex A controls are ${percent(r.frameworks.iso27001)} ready.`,
      style: 'para',
    },
    table(['Theme', 'Annex A controls>', 'With a mapped control>', 'Score>'], rows, ['*', 80, 100, 60]),
    uncovered.length
      ? { text: [{ text: 'Annex A controls no control is mapped to: ', bold: true }, uncovered.map((i) => i.id).join(', ')], style: 'para' }
      : { text: 'Every Annex A control has at least one mapped control.', style: 'para' },
  ];
}

/** The readiness report as a PDF: title page, categories, the formula, criteria with their gaps, ISO summary. */
export function readinessReportPdf(d: ExportData): Promise<Buffer> {
  return renderPdf({
    title: `SOC 2 readiness report — ${d.displayName} — ${isoDay(d.generatedAt)}`,
    footer: `${d.displayName} · SOC 2 readiness report · ${isoDay(d.generatedAt)}`,
    titlePage: true,
    content: [...titlePage(d), ...categorySection(d), ...formulaSection(), ...criteriaSection(d), ...excludedSection(d), ...isoSection(d)],
  });
}
