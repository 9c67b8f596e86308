import ExcelJS from 'exceljs';
import { CATEGORY_LABELS, type Criterion, FREQUENCY_LABELS, NATURE_LABELS } from '../../catalog/types.js';
import { controlStateLabel, type ExportControl, type ExportData } from './data.js';
import { gapLines } from './readiness-report.js';

/** Evidence collection arrives in a later release; until then no control has recorded evidence. */
export const EVIDENCE_STATE = 'No evidence recorded';
export const NO_CONTROL = 'No control';

export const SHEETS = { matrix: 'Control matrix', criteria: 'Criteria', iso: 'ISO 27001' } as const;

interface Column {
  header: string;
  key: string;
  width: number;
  /** Long text: wrap inside the cell. */
  wrap?: boolean;
  /** Excel number format for numeric cells. */
  numFmt?: string;
}

const PCT = '0.0%';

function addSheet(wb: ExcelJS.Workbook, name: string, columns: Column[], rows: Record<string, unknown>[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: { ...(c.numFmt ? { numFmt: c.numFmt } : {}), alignment: { vertical: 'top', wrapText: !!c.wrap } },
  }));
  for (const r of rows) ws.addRow(r);
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: false };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F7' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9CA3AF' } } };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

function criterionState(d: ExportData, id: string): { state: string; score: number | null } {
  const r = d.readiness.criteria.find((c) => c.id === id);
  if (r) return { state: r.ready ? 'Ready' : 'Not ready', score: r.score / 100 };
  const ex = d.readiness.excluded.find((e) => e.id === id);
  return { state: ex ? 'Not relevant' : 'Not in scope', score: null };
}

function matrixRows(d: ExportData, inScope: Criterion[]): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const cr of inScope) {
    const { state, score } = criterionState(d, cr.id);
    const base = { criterion: cr.id, category: CATEGORY_LABELS[cr.category], criterionTitle: cr.title, criterionState: state, score };
    const linked = d.controls
      .map((c) => ({ c, link: c.criteria.find((l) => l.id === cr.id) }))
      .filter((x): x is { c: ExportControl; link: ExportControl['criteria'][number] } => !!x.link);
    if (!linked.length) {
      rows.push({ ...base, code: '', controlTitle: NO_CONTROL });
      continue;
    }
    for (const { c, link } of linked) {
      rows.push({
        ...base,
        code: c.code,
        controlTitle: c.title,
        relation: link.relation === 'primary' ? 'Primary' : 'Supporting',
        nature: NATURE_LABELS[c.nature],
        frequency: FREQUENCY_LABELS[c.frequency],
        status: controlStateLabel(c),
        owner: c.owner?.name ?? '',
        ownerEmail: c.owner?.email ?? '',
        evidenceRequired: c.evidence.map((e) => `• ${e}`).join('\n'),
        evidenceState: EVIDENCE_STATE,
      });
    }
  }
  return rows;
}

/** The control matrix workbook: criterion × control links, per-criterion readiness, ISO/IEC 27001 Annex A. */
export async function controlMatrixXlsx(d: ExportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Assay';
  wb.title = `Control matrix — ${d.displayName}`;
  wb.created = d.generatedAt;
  wb.modified = d.generatedAt;

  const cats = d.scope.profile.categories;
  const inScope = d.catalog.criteria.filter((c) => cats.includes(c.category));

  addSheet(
    wb,
    SHEETS.matrix,
    [
      { header: 'Criterion', key: 'criterion', width: 10 },
      { header: 'Category', key: 'category', width: 14 },
      { header: 'Criterion title', key: 'criterionTitle', width: 44, wrap: true },
      { header: 'Control code', key: 'code', width: 12 },
      { header: 'Control title', key: 'controlTitle', width: 48, wrap: true },
      { header: 'Relation', key: 'relation', width: 11 },
      { header: 'Nature', key: 'nature', width: 20 },
      { header: 'Frequency', key: 'frequency', width: 12 },
      { header: 'Status', key: 'status', width: 16 },
      { header: 'Owner', key: 'owner', width: 22 },
      { header: 'Owner email', key: 'ownerEmail', width: 28 },
      { header: 'Evidence required', key: 'evidenceRequired', width: 60, wrap: true },
      { header: 'Evidence state', key: 'evidenceState', width: 22 },
      { header: 'Criterion readiness', key: 'score', width: 12, numFmt: PCT },
      { header: 'Criterion state', key: 'criterionState', width: 14 },
    ],
    matrixRows(d, inScope),
  );

  addSheet(
    wb,
    SHEETS.criteria,
    [
      { header: 'Criterion', key: 'criterion', width: 10 },
      { header: 'Category', key: 'category', width: 14 },
      { header: 'Title', key: 'title', width: 50, wrap: true },
      { header: 'State', key: 'state', width: 14 },
      { header: 'Readiness', key: 'score', width: 11, numFmt: PCT },
      { header: 'Controls counted', key: 'counted', width: 10 },
      { header: 'Controls ready', key: 'ready', width: 10 },
      { header: 'Why it is not ready / why it is not relevant', key: 'why', width: 80, wrap: true },
    ],
    inScope.map((cr) => {
      const r = d.readiness.criteria.find((c) => c.id === cr.id);
      const ex = d.readiness.excluded.find((e) => e.id === cr.id);
      return {
        criterion: cr.id,
        category: CATEGORY_LABELS[cr.category],
        title: cr.title,
        state: criterionState(d, cr.id).state,
        score: r ? r.score / 100 : null,
        counted: r ? r.controls.length : null,
        ready: r ? r.controls.filter((c) => c.value === 1).length : null,
        why: r
          ? gapLines(r)
              .map((l) => (l.code ? `${l.code} ${l.text}` : l.text))
              .join('\n')
          : (ex?.reason ?? ''),
      };
    }),
  );

  const theme = new Map(d.catalog.isoControls.map((i) => [i.id, i.theme]));
  addSheet(
    wb,
    SHEETS.iso,
    [
      { header: 'Annex A control', key: 'id', width: 12 },
      { header: 'Theme', key: 'theme', width: 15 },
      { header: 'Title', key: 'title', width: 50, wrap: true },
      { header: 'Mapped controls', key: 'mapped', width: 50, wrap: true },
      { header: 'Controls counted', key: 'counted', width: 10 },
      { header: 'Readiness', key: 'score', width: 11, numFmt: PCT },
    ],
    d.readiness.iso.map((i) => {
      const t = theme.get(i.id) ?? '';
      return {
        id: i.id,
        theme: t ? t[0].toUpperCase() + t.slice(1) : '',
        title: i.title,
        mapped: d.controls
          .filter((c) => c.iso.includes(i.id))
          .map((c) => c.code)
          .join(', '),
        counted: i.controls,
        score: i.score / 100,
      };
    }),
  );

  return Buffer.from(await wb.xlsx.writeBuffer());
}
