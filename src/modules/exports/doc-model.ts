import { COLORS, type Content, heading } from './pdf.js';

/**
 * A tiny document model, so that one draft renders to both Markdown and PDF. Every string in it is plain
 * text (typed by people or written by us); the renderers escape it for their format.
 */
export type Span = string | { text: string; bold?: boolean; italic?: boolean; todo?: boolean };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** Text as someone typed it: blank lines separate paragraphs, single newlines are kept. */
  | { kind: 'text'; text: string }
  | { kind: 'para'; spans: Span[] }
  /** Our own remark about the draft (italic). */
  | { kind: 'note'; text: string }
  /** A section nobody has written yet. */
  | { kind: 'todo'; hint?: string }
  | { kind: 'list'; items: Span[][] };

export const TODO = '[To be completed]';
/** The marker inside a line of text. */
export const todoSpan: Span = { text: TODO, todo: true };

/** A text block, or the "to be completed" marker when the text is empty. */
export function textOrTodo(text: string, hint?: string): Block {
  return text.trim() ? { kind: 'text', text } : { kind: 'todo', hint };
}

// ── Markdown ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Escapes plain text for CommonMark so that it renders as typed: inline markup characters are escaped
 * everywhere, block markers only at the start of a line, and character references only when they would
 * otherwise turn into a character. Raw HTML cannot get through because `<` is escaped.
 */
export function mdEscape(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let s = line.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/&(?=#?\w+;)/g, '\\&');
      s = s.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3');
      return s.replace(/^ {4,}/, '   ').replace(/\t/g, ' ');
    })
    .join('\n');
}

function mdSpans(spans: Span[]): string {
  return spans
    .map((s) => {
      if (typeof s === 'string') return mdEscape(s);
      if (s.todo) return `**${TODO}**`;
      const t = mdEscape(s.text).replace(/\n/g, ' ');
      const mark = s.bold ? '**' : s.italic ? '*' : '';
      if (!mark || !t.trim()) return t;
      // Emphasis only closes next to non-space characters: keep the spaces outside the markers.
      const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(t)!;
      return `${lead}${mark}${core}${mark}${trail}`;
    })
    .join('');
}

/** Multi-line user text: paragraphs stay paragraphs, single newlines become hard line breaks. */
function mdText(text: string): string {
  return text
    .trim()
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => mdEscape(l.trimEnd()))
        .join('\\\n'),
    )
    .join('\n\n');
}

/** Renders blocks as CommonMark. */
export function toMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push(`${'#'.repeat(b.level)} ${mdEscape(b.text).replace(/\n/g, ' ')}`);
    else if (b.kind === 'text') out.push(mdText(b.text));
    else if (b.kind === 'para') out.push(mdSpans(b.spans));
    else if (b.kind === 'note') out.push(`*${mdEscape(b.text)}*`);
    else if (b.kind === 'todo') out.push(`**${TODO}**${b.hint ? ` ${mdEscape(b.hint)}` : ''}`);
    else out.push(b.items.map((item) => `- ${mdSpans(item).replace(/\n/g, '\n  ')}`).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}

// ── PDF ─────────────────────────────────────────────────────────────────────────────────────────────────

const HEADING_STYLE = { 1: 'title', 2: 'h1', 3: 'h2', 4: 'h3' } as const;

function pdfSpans(spans: Span[]) {
  return spans.map((s) => {
    if (typeof s === 'string') return { text: s };
    if (s.todo) return { text: TODO, bold: true, color: COLORS.warn };
    return { text: s.text, bold: s.bold, italics: s.italic };
  });
}

/** Renders blocks as pdfmake content (styles from pdf.ts). */
export function toPdfContent(blocks: Block[]): Content[] {
  return blocks.map((b): Content => {
    if (b.kind === 'heading') return heading(b.text, HEADING_STYLE[b.level]);
    if (b.kind === 'text') {
      return {
        stack: b.text
          .trim()
          .replace(/\r\n?/g, '\n')
          .split(/\n\s*\n/)
          .map((p) => ({ text: p, style: 'para' })),
      };
    }
    if (b.kind === 'para') return { text: pdfSpans(b.spans), style: 'para' };
    if (b.kind === 'note') return { text: b.text, style: 'note' };
    if (b.kind === 'todo')
      return {
        text: [{ text: TODO, bold: true, color: COLORS.warn }, b.hint ? { text: ` ${b.hint}`, color: COLORS.muted, italics: true } : ''],
        margin: [0, 0, 0, 6],
      };
    return { ul: b.items.map((item) => ({ text: pdfSpans(item), margin: [0, 0, 0, 2] })), margin: [0, 0, 0, 6] } as Content;
  });
}
