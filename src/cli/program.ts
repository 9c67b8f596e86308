import type { Command } from 'commander';
import { getCatalog } from '../catalog/index.js';
import { catalogToOscal } from '../catalog/oscal.js';
import { CATEGORIES, type CategoryId } from '../catalog/types.js';
import { createOscalService } from '../modules/catalog/oscal-routes.js';
import { orgStore } from '../modules/orgs/store.js';
import type { Actor } from '../platform/authz/index.js';
import { AppError } from '../platform/errors.js';
import type { WithContext } from './index.js';

function print(value: unknown, json: boolean, text: () => string): void {
  console.log(json ? JSON.stringify(value, null, 2) : text());
}

function parseCategories(value: string): CategoryId[] {
  const cats = value
    .split(',')
    .map((s) => s.trim().toLowerCase().replace(/[ -]/g, '_'))
    .filter(Boolean);
  const bad = cats.filter((c) => !(CATEGORIES as readonly string[]).includes(c));
  if (bad.length)
    throw new AppError('bad_request', `Unknown categories: ${bad.join(', ')} (use ${CATEGORIES.join(', ').replace(/_/g, '-')})`);
  return cats as CategoryId[];
}

/** The CLI commands of the compliance program: catalog, controls, readiness. */
export function addProgramCommands(program: Command, withContext: WithContext): void {
  const orgActor = async (
    db: Parameters<typeof orgStore.getOrg>[0],
    orgId: string,
  ): Promise<{ actor: Actor; ip: null; userAgent: string }> => {
    if (!(await orgStore.getOrg(db, orgId))) throw new AppError('not_found', `No organization with the id ${orgId}`);
    return { actor: { kind: 'system', label: 'assay-cli', orgId }, ip: null, userAgent: 'assay-cli' };
  };

  const catalog = program.command('catalog').description('The SOC 2 catalog shipped with Assay');
  catalog
    .command('criteria')
    .description('List the Trust Services Criteria')
    .option('--json', 'JSON on stdout')
    .action((o: { json?: boolean }) => {
      const c = getCatalog();
      print(c.criteria, !!o.json, () => c.criteria.map((x) => `${x.id.padEnd(6)} ${x.category.padEnd(21)} ${x.title}`).join('\n'));
    });

  const controls = program.command('controls').description("The organization's controls");
  controls
    .command('adopt')
    .description('Adopt every control template that fits the categories (idempotent); sets the categories in scope')
    .requiredOption('--org <id>', 'organization id')
    .option('--categories <list>', 'comma-separated: security,availability,confidentiality,processing-integrity,privacy')
    .option('--json', 'JSON on stdout')
    .action(async (o: { org: string; categories?: string; json?: boolean }) => {
      await withContext(async ({ ctx, services }) => {
        const rc = await orgActor(ctx.db, o.org);
        const r = await services.controls.adopt(rc, o.categories ? { categories: parseCategories(o.categories) } : {});
        print(
          r,
          !!o.json,
          () => `Adopted ${r.added.length} controls (${r.alreadyAdopted} were already adopted) for ${r.categories.join(', ')}`,
        );
      });
    });
  controls
    .command('coverage')
    .description('Per criterion: the controls addressing it')
    .requiredOption('--org <id>', 'organization id')
    .option('--json', 'JSON on stdout')
    .action(async (o: { org: string; json?: boolean }) => {
      await withContext(async ({ ctx, services }) => {
        const rc = await orgActor(ctx.db, o.org);
        const items = await services.controls.coverage(rc.actor);
        print(items, !!o.json, () =>
          items
            .map(
              (i) =>
                `${i.criterionId.padEnd(6)} ${i.inScope ? 'in scope ' : 'out      '} ${String(i.controls.length).padStart(3)} controls  ${i.controls.map((c) => c.code).join(' ')}`,
            )
            .join('\n'),
        );
      });
    });

  const oscal = program.command('oscal').description('OSCAL documents (JSON on stdout)');
  const exportCmd = oscal.command('export').description('Export an OSCAL document');
  exportCmd
    .command('catalog')
    .description('The SOC 2 catalog as an OSCAL catalog')
    .action(() => {
      console.log(JSON.stringify(catalogToOscal(getCatalog()), null, 2));
    });
  exportCmd
    .command('component-definition')
    .description("The organization's controls as an OSCAL component-definition")
    .requiredOption('--org <id>', 'organization id')
    .action(async (o: { org: string }) => {
      await withContext(async ({ ctx }) => {
        const rc = await orgActor(ctx.db, o.org);
        console.log(JSON.stringify(await createOscalService(ctx).exportComponentDefinition(rc.actor), null, 2));
      });
    });

  program
    .command('readiness')
    .description('Readiness per criterion, category, framework and overall')
    .requiredOption('--org <id>', 'organization id')
    .option('--json', 'JSON on stdout')
    .action(async (o: { org: string; json?: boolean }) => {
      await withContext(async ({ ctx, services }) => {
        const rc = await orgActor(ctx.db, o.org);
        const r = await services.readiness.get(rc.actor);
        print(r, !!o.json, () =>
          [
            `Overall ${r.overall}% — ${r.criteriaReady} of ${r.criteriaTotal} criteria ready`,
            ...r.categories.map((c) => `  ${c.id.padEnd(21)} ${String(c.score).padStart(5)}%  (${c.ready}/${c.total} ready)`),
            `  ISO/IEC 27001:2022     ${String(r.frameworks.iso27001).padStart(5)}%`,
            `${r.gaps.length} gaps`,
          ].join('\n'),
        );
      });
    });
}
