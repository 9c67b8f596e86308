import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';

export type { Content, TableCell };

const require = createRequire(import.meta.url);
/** pdfmake ships Roboto; only this folder may be read while rendering. */
const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

let configured = false;

function configure(): void {
  if (configured) return;
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
      bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
      italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
      bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
    },
  });
  // A report never fetches anything: no URLs, and no files outside the font folder.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(FONT_DIR + path.sep));
  configured = true;
}

export const COLORS = {
  ink: '#1f2937',
  muted: '#6b7280',
  accent: '#1d4ed8',
  rule: '#d1d5db',
  headerFill: '#eef2f7',
  good: '#15803d',
  warn: '#b45309',
  bad: '#b91c1c',
};

const STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 26, bold: true, color: COLORS.ink, margin: [0, 0, 0, 8] },
  subtitle: { fontSize: 13, color: COLORS.muted, margin: [0, 0, 0, 4] },
  h1: { fontSize: 16, bold: true, color: COLORS.accent, margin: [0, 14, 0, 6] },
  h2: { fontSize: 12, bold: true, color: COLORS.ink, margin: [0, 10, 0, 4] },
  h3: { fontSize: 10, bold: true, color: COLORS.ink, margin: [0, 6, 0, 2] },
  para: { margin: [0, 0, 0, 6], lineHeight: 1.2 },
  note: { italics: true, color: COLORS.muted, margin: [0, 0, 0, 6] },
  todo: { bold: true, color: COLORS.warn, margin: [0, 0, 0, 6] },
  th: { bold: true, fillColor: COLORS.headerFill, color: COLORS.ink },
  small: { fontSize: 8, color: COLORS.muted },
};

/** A light table layout: thin horizontal rules, no vertical lines. */
export const LIGHT_TABLE = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => COLORS.rule,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/**
 * A table with a bold header row repeated on every page and kept with its first row. Header cells of
 * columns whose name ends in `>` are right-aligned (numbers), without the marker.
 */
export function table(header: string[], rows: TableCell[][], widths: (number | string)[]): Content {
  const th = header.map((h) =>
    h.endsWith('>') ? { text: h.slice(0, -1), style: 'th', alignment: 'right' as const } : { text: h, style: 'th' },
  );
  return {
    table: { headerRows: 1, keepWithHeaderRows: 1, widths, body: [th, ...rows] },
    layout: LIGHT_TABLE,
    margin: [0, 2, 0, 8],
  };
}

/** A heading; a heading left alone at the bottom of a page moves to the next one. */
export function heading(text: string, style: 'title' | 'h1' | 'h2' | 'h3', extra: { pageBreak?: 'before' } = {}): Content {
  return { text, style, headlineLevel: 1, ...extra };
}

/** Percent with one decimal, e.g. `42.5%`. */
export const percent = (x: number) => `${x.toFixed(1).replace(/\.0$/, '')}%`;

/** The colour of a score: green when complete, amber when partly there, red when little is done. */
export const scoreColor = (x: number) => (x >= 100 ? COLORS.good : x >= 50 ? COLORS.warn : COLORS.bad);

export interface PdfOptions {
  title: string;
  /** Left part of the footer, e.g. the organization and the document name. */
  footer: string;
  content: Content;
  /** Leave the footer off the first page (a title page). */
  titlePage?: boolean;
}

/** Renders a document to a PDF buffer with Assay's styles and a "page x of y" footer. */
export async function renderPdf(opts: PdfOptions): Promise<Buffer> {
  configure();
  const doc: TDocumentDefinitions = {
    info: { title: opts.title, creator: 'Assay', producer: 'Assay' },
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 9, color: COLORS.ink },
    styles: STYLES,
    content: opts.content,
    pageBreakBefore: (node, q) => !!node.headlineLevel && q.getFollowingNodesOnPage().length === 0,
    footer: (page: number, pages: number) =>
      opts.titlePage && page === 1
        ? null
        : {
            columns: [
              { text: opts.footer, style: 'small' },
              { text: `Page ${page} of ${pages}`, style: 'small', alignment: 'right' },
            ],
            margin: [48, 20, 48, 0],
          },
  };
  // createPdf() returns a one-shot document: read it exactly once.
  return pdfmake.createPdf(doc).getBuffer();
}
