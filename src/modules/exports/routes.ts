import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authorize } from '../../platform/authz/index.js';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { orgOf } from '../scope/service.js';
import { controlMatrixXlsx } from './control-matrix.js';
import { type ExportData, isoDay, loadExportData } from './data.js';
import { readinessReportPdf } from './readiness-report.js';
import { systemDescriptionMarkdown, systemDescriptionPdf } from './system-description.js';

export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown; charset=utf-8',
} as const;

type Format = keyof typeof CONTENT_TYPES;
const FORMAT_LABELS: Record<Format, string> = { pdf: 'PDF', xlsx: 'Excel (XLSX)', md: 'Markdown' };

interface ExportRoute {
  url: string;
  action: string;
  format: Format;
  /** The file name after the organization slug, without date and extension. */
  name: string;
  summary: string;
  description: string;
  build(d: ExportData): Promise<Buffer | string> | string;
}

const ROUTES: ExportRoute[] = [
  {
    url: '/api/v1/exports/readiness.pdf',
    action: 'readiness.read',
    format: 'pdf',
    name: 'readiness-report',
    summary: 'Readiness report (PDF)',
    description:
      'A PDF with the overall and per-category readiness, every criterion in scope with its score and the reasons it is not ready, how the score is computed, and an ISO/IEC 27001:2022 summary.',
    build: readinessReportPdf,
  },
  {
    url: '/api/v1/exports/control-matrix.xlsx',
    action: 'controls.read',
    format: 'xlsx',
    name: 'control-matrix',
    summary: 'Control matrix (XLSX)',
    description:
      'A workbook with three sheets: "Control matrix" (one row per criterion and control link, with owner, status, the evidence each control requires and the criterion readiness), "Criteria" and "ISO 27001".',
    build: controlMatrixXlsx,
  },
  {
    url: '/api/v1/exports/system-description.md',
    action: 'scope.read',
    format: 'md',
    name: 'system-description',
    summary: 'Draft system description (Markdown)',
    description:
      'The draft description of the system (section 3 of a SOC 2 report) along DC1–DC9, built from the scope, the system description and the controls. Sections nobody has written show "[To be completed]".',
    build: systemDescriptionMarkdown,
  },
  {
    url: '/api/v1/exports/system-description.pdf',
    action: 'scope.read',
    format: 'pdf',
    name: 'system-description',
    summary: 'Draft system description (PDF)',
    description: 'The same draft description of the system as the Markdown export, as a PDF.',
    build: systemDescriptionPdf,
  },
];

/** A file name that is safe in a header: the slug's letters, digits and dashes only. */
export function exportFileName(slug: string, name: string, day: string, format: Format): string {
  const safe =
    slug
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'organization';
  return `${safe}-${name}-${day}.${format}`;
}

/** Downloads: readiness report, control matrix, draft system description. */
export function registerExportRoutes(app: App, ctx: AppContext) {
  for (const r of ROUTES) {
    app.get(
      r.url,
      {
        schema: {
          tags: ['exports'],
          summary: r.summary,
          description: r.description,
          produces: [CONTENT_TYPES[r.format].split(';')[0]],
          response: {
            200: z.string().meta({
              description: `The ${FORMAT_LABELS[r.format]} file, sent as an attachment`,
              format: r.format === 'md' ? undefined : 'binary',
            }),
          },
        },
        config: { access: { auth: 'org', action: r.action } },
      },
      async (req: FastifyRequest, reply: FastifyReply) => {
        authorize(req.actor!, r.action);
        const data = await loadExportData(ctx.db, orgOf(req.actor!));
        const body = await r.build(data);
        const file = exportFileName(data.org.slug, r.name, isoDay(data.generatedAt), r.format);
        return reply
          .header('content-type', CONTENT_TYPES[r.format])
          .header('content-disposition', `attachment; filename="${file}"`)
          .header('cache-control', 'no-store')
          .send(body);
      },
    );
  }
}
