// The main path: setup → sign out → sign in → invite (link, no SMTP) → the member joins → the owner reads the audit log.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, watchedPage } from './helpers/browser.js';
import { completeSetup, navigate, OWNER, signIn, signOut } from './helpers/flows.js';
import { type AssayServer, startAssay } from './helpers/server.js';

const MEMBER = { name: 'Mia Member', email: 'mia@acme.test', password: 'purple otter skiing home' };

describe('main path', () => {
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

  it('sets up, invites a member who joins, and shows a verifiable audit trail', async () => {
    const owner = await watchedPage(await newContext(browser, server.url));
    const page = owner.page;

    await completeSetup(page, server.setupLink);
    await expect(page.getByRole('button', { name: /Organization: Acme Compliance/ }).isVisible()).resolves.toBe(true);
    await screenshot(page, '01-overview-after-setup');

    await signOut(page, OWNER.name);
    await screenshot(page, '02-signin');
    await signIn(page, OWNER.email, OWNER.password, 'Olivia');

    await navigate(page, 'Members');
    await page.getByRole('button', { name: 'Invite member' }).click();
    const invite = page.getByRole('dialog', { name: /Invite someone/ });
    await invite.getByRole('textbox', { name: 'Email', exact: true }).fill(MEMBER.email);
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    const created = page.getByRole('dialog', { name: 'Invitation created' });
    await created.getByText('Send this link yourself').waitFor();
    await screenshot(page, '03-invitation-link');
    await created.getByRole('button', { name: 'Copy invitation link' }).click();
    await created.getByRole('button', { name: 'Copied' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${server.url}/invite\\?token=`));
    expect(await created.getByLabel('Invitation link').inputValue()).toBe(link);
    await created.getByRole('button', { name: 'Done' }).click();
    await created.waitFor({ state: 'detached' });
    await page.getByRole('table', { name: 'Invitations' }).getByText(MEMBER.email).waitFor();
    await screenshot(page, '04-members');

    // The member, in a browser of their own.
    const member = await watchedPage(await newContext(browser, server.url));
    await member.page.goto(link);
    await member.page.getByRole('heading', { name: 'Join Acme Compliance on Assay' }).waitFor();
    await member.page.getByText(MEMBER.email).first().waitFor();
    await member.page.getByText('Employee').waitFor();
    await screenshot(member.page, '05-invite-accept');
    await member.page.getByLabel('Your name').fill(MEMBER.name);
    await member.page.getByRole('textbox', { name: 'Password', exact: true }).fill(MEMBER.password);
    await member.page.getByRole('button', { name: 'Create account and join' }).click();
    await member.page.getByRole('heading', { name: 'Welcome, Mia' }).waitFor();
    await member.page.getByRole('button', { name: /Organization: Acme Compliance/ }).waitFor();
    const memberNav = member.page.getByRole('navigation', { name: 'Pages' });
    await memberNav.getByRole('link', { name: 'Members' }).waitFor();
    expect(await memberNav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    expect(await memberNav.getByRole('link', { name: 'API tokens' }).count()).toBe(0);
    await screenshot(member.page, '06-member-overview');

    // Back as the owner: the audit log has both sides of the invitation, and its chain is intact.
    await navigate(page, 'Audit log');
    const entries = page.getByRole('table', { name: 'Audit log entries' });
    await entries.getByText('invitation.accepted', { exact: true }).waitFor();
    await entries.getByText('invitation.created', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.getByText('Chain intact').waitFor();
    await entries
      .getByRole('button', { name: /Show details of entry/ })
      .first()
      .click();
    await entries.getByText('Previous hash').waitFor();
    await screenshot(page, '07-audit-log');

    await page.getByRole('combobox', { name: 'Action starts with' }).fill('invitation.');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await entries.getByText('session.signin', { exact: true }).waitFor({ state: 'detached' });
    // The filtered page loads asynchronously: wait for its rows rather than reading a loading state.
    await expect
      .poll(() => entries.locator('tbody tr[data-action]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action'))), {
        timeout: 20_000,
      })
      .toEqual(['invitation.accepted', 'invitation.created']);
    // The filter is in the address, so the filtered view can be bookmarked or sent to someone.
    expect(new URL(page.url()).searchParams.get('action')).toBe('invitation.');

    // The filtered entries download as CSV, oldest first, each row carrying the hash of the one before.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export these entries (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse(await fs.promises.readFile((await download.path())!, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.action)).toEqual(['invitation.created', 'invitation.accepted']);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);

    expect(owner.problems).toEqual([]);
    expect(member.problems).toEqual([]);
  });
});
