// The compliance program as a compliance lead walks it: scope → adopt controls → own and implement one →
// readiness moves → the control matrix download shows the work.
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, watchedPage } from './helpers/browser.js';
import { completeSetup, navigate, OWNER } from './helpers/flows.js';
import { choose, closeOptions, comboInput, readPercent } from './helpers/mantine.js';
import { RESULTS } from './helpers/paths.js';
import { type AssayServer, startAssay } from './helpers/server.js';

const CONTROL = { code: 'ACC-02', title: 'Multi-factor authentication is enforced for workforce and admin access' };

describe('compliance program', () => {
  let server: AssayServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAssay();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('scopes the report, adopts controls, implements one, and exports the control matrix', async ({ onTestFailed }) => {
    const { page, problems } = await watchedPage(await newContext(browser, server.url), server.url);
    // What the page showed when a step failed, for whoever reads the failure.
    onTestFailed(() => page.screenshot({ path: path.join(RESULTS, 'program-failure.png'), fullPage: true }).then(() => undefined));
    await completeSetup(page, server.setupLink);
    await page.getByRole('link', { name: 'Open the readiness dashboard' }).waitFor();

    // 1 — profile
    await navigate(page, 'Scope');
    await page.getByRole('textbox', { name: 'Legal name' }).fill('Acme Compliance Inc.');
    await page.getByRole('textbox', { name: 'Industry' }).fill('B2B SaaS');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    // 2 — categories: Security cannot be removed; add Availability and Confidentiality
    const security = page.getByRole('checkbox', { name: 'Security' });
    await security.waitFor();
    expect(await security.isDisabled()).toBe(true);
    expect(await security.getAttribute('aria-checked')).toBe('true');
    await page.getByRole('checkbox', { name: 'Availability' }).click();
    await page.getByRole('checkbox', { name: 'Confidentiality' }).click();
    expect(await page.getByRole('checkbox', { name: 'Confidentiality' }).getAttribute('aria-checked')).toBe('true');
    await screenshot(page, '30-scope-categories');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    // 3 — system description: services, one subservice organization, one criterion not relevant
    await page.getByRole('textbox', { name: 'Services' }).fill('Acme runs a hosted invoicing platform for mid-size finance teams.');
    await page.getByRole('button', { name: /^DC7 / }).click();
    await page.getByRole('button', { name: 'Add a subservice organization' }).click();
    const org = page.getByRole('group', { name: 'Subservice organization 1' });
    await org.getByRole('textbox', { name: 'Name' }).fill('Amazon Web Services');
    const aws = page.getByRole('group', { name: 'Amazon Web Services' });
    await aws.getByRole('textbox', { name: 'Services they provide' }).fill('Hosting of the production environment in eu-west-1.');
    expect(await aws.getByRole('radio', { name: 'Carve-out' }).isChecked()).toBe(true);
    await aws.getByRole('textbox', { name: /^CSOC 1/ }).fill('Physical access to data centers is restricted to authorised staff.');
    await choose(page, comboInput(aws, 'Criteria that depend on them'), /^A1\.2 /, 'A1.2');
    await closeOptions(page);
    await page.getByRole('button', { name: /^DC8 / }).click();
    await page.getByRole('button', { name: 'Mark a criterion not relevant' }).click();
    await choose(page, comboInput(page, 'Criterion'), /^C1\.2 /, 'C1.2');
    await page
      .getByRole('textbox', { name: 'Reason' })
      .fill('Customers delete their own data; we keep no confidential data past the contract.');
    await screenshot(page, '31-scope-description');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    // 4 — adopt the templates that fit the scope
    const adopt = page.getByRole('button', { name: /^Adopt \d+ controls$/ });
    await adopt.waitFor();
    const toAdd = Number(/\d+/.exec((await adopt.textContent()) ?? '')![0]);
    expect(toAdd).toBeGreaterThan(100);
    await adopt.click();
    await page.getByRole('status').getByText(`${toAdd} controls added`).waitFor();
    await page.getByRole('button', { name: 'All fitting templates are adopted' }).waitFor();
    await screenshot(page, '32-scope-adopted');

    // Readiness before: nothing implemented yet; C1.2 is left out with its reason
    await navigate(page, 'Readiness');
    const overall = page.getByTestId('overall-readiness');
    await overall.waitFor();
    const before = await readPercent(overall);
    await page.getByText('Left out as not relevant').waitFor();
    await page.getByText('Customers delete their own data', { exact: false }).waitFor();
    await screenshot(page, '33-readiness-before');

    // One control: assign the owner, mark it implemented
    await navigate(page, 'Controls');
    // Typed key by key as a person does: no letter may get lost while the list and the address follow.
    await page.getByRole('textbox', { name: 'Search' }).pressSequentially(CONTROL.code, { delay: 30 });
    expect(await page.getByRole('textbox', { name: 'Search' }).inputValue()).toBe(CONTROL.code);
    // The filter lives in the address: a reload (or a shared link) shows the same list
    await page.waitForURL((u) => new URL(u).searchParams.get('q') === CONTROL.code);
    await page.reload();
    expect(await page.getByRole('textbox', { name: 'Search' }).inputValue()).toBe(CONTROL.code);
    await page.getByRole('link', { name: CONTROL.title }).click();
    await page.getByRole('heading', { level: 1, name: CONTROL.title }).waitFor();
    await choose(page, comboInput(page, 'Owner'), OWNER.name);
    await page.getByText(`Owner set to ${OWNER.name}`).waitFor();
    await choose(page, comboInput(page, 'Status'), 'Implemented');
    await page.getByText('Not started → Implemented').waitFor();
    // Nothing records that it ran yet, and the page says so instead of leaving it out
    await page.getByRole('heading', { name: 'Operating record' }).waitFor();
    await page.getByText('None recorded', { exact: true }).waitFor();
    await screenshot(page, '34-control-implemented');

    // Say what evidence proves it and how it is tested
    await page.getByRole('button', { name: 'Edit evidence and testing' }).click();
    const testing = page.getByRole('dialog', { name: `Evidence and testing for ${CONTROL.code}` });
    await testing.getByRole('button', { name: 'Add evidence item' }).click();
    await testing
      .getByRole('textbox', { name: /^Evidence item \d+$/ })
      .last()
      .fill('Monthly export of the MFA enrolment report');
    await screenshot(page, '34a-control-evidence-editor');
    await testing.getByRole('button', { name: 'Save evidence and testing' }).click();
    await testing.waitFor({ state: 'hidden' });
    await page.getByText('Monthly export of the MFA enrolment report').waitFor();

    // A task of our own, reworded after it was created
    await navigate(page, 'Tasks');
    await page.getByRole('button', { name: 'New task' }).click();
    const newTask = page.getByRole('dialog', { name: 'New task' });
    await newTask.getByRole('textbox', { name: 'Title' }).fill('Enrol the last two admins in MFA');
    await newTask.getByRole('button', { name: 'Create task' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enrol the last two admins in MFA' }).waitFor();
    await page.getByRole('button', { name: 'Edit' }).click();
    const editTask = page.getByRole('dialog', { name: 'Edit task' });
    await editTask.getByRole('textbox', { name: 'Title' }).fill('Enrol the last three admins in MFA');
    await editTask.getByRole('textbox', { name: 'What needs doing' }).fill('The on-call rota changed; three admins have no second factor.');
    await editTask.getByRole('button', { name: 'Save task' }).click();
    await editTask.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 1, name: 'Enrol the last three admins in MFA' }).waitFor();
    await page.getByText('The on-call rota changed; three admins have no second factor.', { exact: true }).waitFor();
    await screenshot(page, '34b-task-edited');

    // The overview ticks off what is done: the scope is saved, most controls still need an owner
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await page.getByRole('link', { name: 'Define your SOC 2 scope (done)' }).waitFor();
    await page
      .getByRole('link', { name: 'Adopt controls and assign owners', exact: true })
      .getByText(/controls still need an owner/)
      .waitFor();
    await screenshot(page, '34c-overview-progress');

    // Readiness after: the overall number went up
    await navigate(page, 'Readiness');
    await overall.waitFor();
    await expect.poll(() => readPercent(overall), { timeout: 20_000 }).toBeGreaterThan(before);
    await page.getByRole('button', { name: 'Show why CC6.1 is not ready' }).click();
    const drawer = page.getByRole('dialog', { name: /CC6\.1/ });
    await drawer.getByRole('link', { name: CONTROL.code }).waitFor();
    await screenshot(page, '35-readiness-criterion');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // The control matrix: a real download, opened as a workbook
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Control matrix (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/control-matrix-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = path.join(RESULTS, 'program-control-matrix.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('Control matrix');
    expect(sheet).toBeDefined();
    const header = (sheet!.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header).toEqual(expect.arrayContaining(['Criterion', 'Control code', 'Control title', 'Status', 'Owner']));
    const col = (name: string) => header.indexOf(name) + 1;
    const rows: { criterion: string; status: string; owner: string }[] = [];
    sheet!.eachRow((row, n) => {
      if (n > 1 && row.getCell(col('Control code')).text === CONTROL.code) {
        rows.push({
          criterion: row.getCell(col('Criterion')).text,
          status: row.getCell(col('Status')).text,
          owner: row.getCell(col('Owner')).text,
        });
      }
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.criterion)).toContain('CC6.1');
    for (const r of rows) expect(r).toMatchObject({ status: 'Implemented', owner: OWNER.name });

    // The same pages on a phone: nothing pushes the page wider than the screen (wide tables scroll inside)
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [url, heading] of [
      ['/readiness', 'Readiness'],
      ['/scope', 'Scope'],
      ['/controls', 'Controls'],
      ['/tasks', 'Tasks'],
      ['/catalog', 'Catalog'],
    ] as const) {
      await page.goto(url);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${url} is wider than a 390px screen`).toBeLessThanOrEqual(0);
    }
    await screenshot(page, '36-mobile-catalog');

    expect(problems).toEqual([]);
  });
});
