// The rest of the shell: a bad setup link, API tokens, background jobs, password change and a second organization.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, watchedPage } from './helpers/browser.js';
import { completeSetup, navigate, OWNER, signIn, signOut } from './helpers/flows.js';
import { type AssayServer, startAssay } from './helpers/server.js';

describe('settings and account', () => {
  let server: AssayServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    server = await startAssay();
    browser = await launchBrowser();
    ({ page, problems } = await watchedPage(await newContext(browser, server.url)));
  });

  afterAll(async () => {
    expect(problems).toEqual([]);
    await browser?.close();
    await server?.stop();
  });

  it('explains a setup link that does not work', async () => {
    await page.goto('/setup?token=setup_not-a-real-token');
    await page.getByRole('heading', { name: 'This setup link does not work' }).waitFor();
    await page.getByText('Restart Assay', { exact: false }).waitFor();
    await screenshot(page, '30-setup-link-invalid');
    await completeSetup(page, server.setupLink);
  });

  it('creates an API token, shows its secret once, and revokes it', async () => {
    await navigate(page, 'API tokens');
    await page.getByText('No API tokens yet').waitFor();
    expect(await page.getByRole('link', { name: 'API reference' }).first().getAttribute('href')).toBe('/api/docs');
    await page.getByRole('button', { name: 'Create token' }).first().click();
    const form = page.getByRole('dialog', { name: 'Create an API token' });
    await form.getByRole('textbox', { name: 'Name' }).fill('CI evidence upload');
    await form.getByRole('button', { name: 'Create token' }).click();
    const created = page.getByRole('dialog', { name: 'Token created' });
    const secret = await created.getByRole('textbox', { name: 'API token' }).inputValue();
    expect(secret).toMatch(/^assay_pat_/);
    await screenshot(page, '31-token-secret');
    await created.getByRole('button', { name: 'I have copied it' }).click();
    await created.waitFor({ state: 'detached' });

    const row = page.getByRole('row', { name: /CI evidence upload/ });
    await row.getByText(`…${secret.slice(-4)}`).waitFor();
    await row.getByText('Never', { exact: true }).waitFor();
    const org = await fetch(`${server.url}/api/v1/org`, { headers: { authorization: `Bearer ${secret}` } });
    expect(org.status).toBe(200);
    await page.reload();
    await row.getByText('Never', { exact: true }).waitFor({ state: 'detached' });
    await screenshot(page, '32-tokens');

    await row.getByRole('button', { name: 'Revoke token CI evidence upload' }).click();
    await page.getByRole('dialog', { name: 'Revoke API token' }).getByRole('button', { name: 'Revoke token' }).click();
    await row.getByText('revoked').waitFor();
    const after = await fetch(`${server.url}/api/v1/org`, { headers: { authorization: `Bearer ${secret}` } });
    expect(after.status).toBe(401);
  });

  it('shows the background jobs page to the owner', async () => {
    await navigate(page, 'Background jobs');
    await page.getByRole('radiogroup', { name: 'Job state' }).waitFor();
    await page.getByText(/Queue driver:/).waitFor();
    await screenshot(page, '33-jobs');
  });

  it('changes the password, which then works for signing in', async () => {
    const newPassword = 'a brand new passphrase 42';
    await page.getByRole('button', { name: `Account menu for ${OWNER.name}` }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change password' });
    await dialog.getByRole('textbox', { name: 'Current password' }).fill(OWNER.password);
    await dialog.getByRole('textbox', { name: 'New password', exact: true }).fill(newPassword);
    await dialog.getByRole('textbox', { name: 'Repeat the new password' }).fill(newPassword);
    await screenshot(page, '34-change-password');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your other sessions were signed out.').waitFor();
    await signOut(page, OWNER.name);
    await signIn(page, OWNER.email, newPassword, 'Olivia');
  });

  it('creates a second organization and switches between them', async () => {
    await page.getByRole('button', { name: /Organization: Acme Compliance/ }).click();
    await page.getByRole('menuitem', { name: 'Create organization' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an organization' });
    await dialog.getByRole('textbox', { name: 'Organization name' }).fill('Acme Labs');
    await dialog.getByRole('button', { name: 'Create organization' }).click();
    await page.getByRole('button', { name: /Organization: Acme Labs/ }).waitFor();
    await page.getByRole('button', { name: /Organization: Acme Labs/ }).click();
    await screenshot(page, '35-org-switcher');
    await page.getByRole('menuitem', { name: /Acme Compliance/ }).click();
    await page.getByRole('button', { name: /Organization: Acme Compliance/ }).waitFor();
    await page.getByText('You are now working in Acme Compliance.').waitFor();
  });

  it('lets a person who already has an account sign in from an invitation and join', async () => {
    const invite = async (email: string) => {
      await navigate(page, 'Members');
      await page.getByRole('button', { name: 'Invite member' }).click();
      const form = page.getByRole('dialog', { name: /Invite someone/ });
      await form.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
      await form.getByRole('button', { name: 'Send invitation' }).click();
      const created = page.getByRole('dialog', { name: 'Invitation created' });
      const link = await created.getByRole('textbox', { name: 'Invitation link' }).inputValue();
      await created.getByRole('button', { name: 'Done' }).click();
      await created.waitFor({ state: 'detached' });
      return link;
    };
    const switchTo = async (org: string) => {
      await page.getByRole('button', { name: /^Organization: / }).click();
      await page.getByRole('menuitem', { name: new RegExp(org) }).click();
      await page.getByRole('button', { name: new RegExp(`Organization: ${org}`) }).waitFor();
    };
    const ben = { name: 'Ben Builder', email: 'ben@acme.test', password: 'ben likes long passwords' };

    // Ben joins Acme Compliance with a new account…
    const first = await invite(ben.email);
    const b = await watchedPage(await newContext(browser, server.url));
    await b.page.goto(first);
    await b.page.getByRole('textbox', { name: 'Your name' }).fill(ben.name);
    await b.page.getByRole('textbox', { name: 'Password', exact: true }).fill(ben.password);
    await b.page.getByRole('button', { name: 'Create account and join' }).click();
    await b.page.getByRole('heading', { name: 'Welcome, Ben' }).waitFor();
    await signOut(b.page, ben.name);

    // …and is then invited to Acme Labs, which he accepts after signing in with that account.
    await switchTo('Acme Labs');
    const second = await invite(ben.email);
    await b.page.goto(second);
    await b.page.getByRole('link', { name: `Sign in as ${ben.email}` }).click();
    await b.page.getByRole('textbox', { name: 'Email', exact: true }).fill(ben.email);
    await b.page.getByRole('textbox', { name: 'Password', exact: true }).fill(ben.password);
    await b.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await b.page.getByRole('heading', { name: 'Join Acme Labs on Assay' }).waitFor();
    await screenshot(b.page, '36-invite-existing-account');
    await b.page.getByRole('button', { name: 'Accept invitation' }).click();
    await b.page.getByRole('button', { name: /Organization: Acme Labs/ }).waitFor();
    await b.page.getByRole('button', { name: /Organization: Acme Labs/ }).click();
    await b.page.getByRole('menuitem', { name: /Acme Compliance/ }).waitFor();
    expect(b.problems).toEqual([]);

    // The owner takes an invitation back, then removes Ben from Acme Labs again.
    await invite('never.mind@acme.test');
    await page.getByRole('button', { name: 'Revoke invitation for never.mind@acme.test' }).click();
    await page.getByRole('dialog', { name: 'Revoke invitation' }).getByRole('button', { name: 'Revoke invitation' }).click();
    await page
      .getByRole('row', { name: /never\.mind@acme\.test/ })
      .getByText(/revoked/i)
      .waitFor();
    await page.reload();
    await page.getByRole('button', { name: `Remove ${ben.name}` }).click();
    await page.getByRole('dialog', { name: 'Remove member' }).getByText(`${ben.name} (${ben.email}) will lose access`).waitFor();
    await page.getByRole('dialog', { name: 'Remove member' }).getByRole('button', { name: 'Remove member' }).click();
    await page.getByRole('button', { name: `Remove ${ben.name}` }).waitFor({ state: 'detached' });
  });

  it('signs in with a one-time link from `assay signin-link`, once', async () => {
    const link = (await server.cli(['signin-link', '--email', OWNER.email])).trim();
    expect(link).toMatch(new RegExp(`^${server.url}/signin/link\\?token=`));
    const r = await watchedPage(await newContext(browser, server.url));
    await r.page.goto(link);
    await r.page.getByRole('heading', { name: 'One-time sign-in' }).waitFor();
    await screenshot(r.page, '37-signin-link');
    await r.page.getByRole('button', { name: 'Sign in with this link' }).click();
    await r.page.getByRole('heading', { name: 'Welcome, Olivia' }).waitFor();

    const again = await watchedPage(await newContext(browser, server.url));
    await again.page.goto(link);
    await again.page.getByRole('button', { name: 'Sign in with this link' }).click();
    await again.page.getByText('This sign-in link is invalid, expired or already used').waitFor();
    expect([...r.problems, ...again.problems]).toEqual([]);
  });
});
