import { describe, expect, it } from 'vitest';
import { mdEscape, TODO, toMarkdown } from './doc-model.js';
import { exportFileName } from './routes.js';

describe('mdEscape', () => {
  it('escapes inline markup, links and raw HTML', () => {
    expect(mdEscape('*a* _b_ `c` [d](e) <i>x</i> | ~s~')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<i\\>x\\</i\\> \\| \\~s\\~');
    expect(mdEscape('back\\slash')).toBe('back\\\\slash');
  });

  it('escapes block markers only at the start of a line', () => {
    expect(mdEscape('# title')).toBe('\\# title');
    expect(mdEscape('1. first\n2) second')).toBe('1\\. first\n2\\) second');
    expect(mdEscape('- item\n+ item\n> quote\n===')).toBe('\\- item\n\\+ item\n\\> quote\n\\===');
    expect(mdEscape('version 1.2 - see #4')).toBe('version 1.2 - see #4');
    expect(mdEscape('      indented code')).toBe('   indented code');
  });

  it('escapes character references but leaves a lone ampersand', () => {
    expect(mdEscape('AT&T &amp; &#169;')).toBe('AT&T \\&amp; \\&#169;');
  });
});

describe('toMarkdown', () => {
  it('keeps typed paragraphs and line breaks, and marks empty sections', () => {
    const md = toMarkdown([
      { kind: 'heading', level: 2, text: 'DC1 — Services' },
      { kind: 'text', text: 'Line one\nLine two\n\nNext *paragraph*' },
      { kind: 'todo', hint: 'Say what the system does.' },
      { kind: 'list', items: [[{ text: 'Code', bold: true }, ' title'], [{ text: ' (CC6.1)', italic: true }]] },
    ]);
    expect(md).toBe(
      `## DC1 — Services\n\nLine one\\\nLine two\n\nNext \\*paragraph\\*\n\n**${TODO}** Say what the system does.\n\n- **Code** title\n-  *(CC6.1)*\n`,
    );
  });
});

describe('exportFileName', () => {
  it('keeps only safe characters of the slug', () => {
    expect(exportFileName('acme', 'control-matrix', '2026-01-31', 'xlsx')).toBe('acme-control-matrix-2026-01-31.xlsx');
    expect(exportFileName('a"b\r\nc', 'readiness-report', '2026-01-31', 'pdf')).toBe('a-b-c-readiness-report-2026-01-31.pdf');
  });
});
