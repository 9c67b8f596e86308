// Single sign-on with a real OpenID Provider: the owner configures it in the browser, a new person signs in through it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, watchedPage } from './helpers/browser.js';
import { completeSetup, navigate } from './helpers/flows.js';
import { startIdp, type TestIdp } from './helpers/idp.js';
import { type AssayServer, startAssay } from './helpers/server.js';

describe('single sign-on', () => {
  let server: AssayServer;
  let idp: TestIdp;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAssay();
    idp = await startIdp(`${server.url}/api/v1/auth/sso/callback`);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await idp?.stop();
    await server?.stop();
  });

  /** From Assay's sign-in page through the provider's login and consent pages. */
  async function signInThroughIdp(page: import('playwright-core').Page, email: string) {
    await page.goto('/signin');
    await page.getByRole('button', { name: 'Single sign-on' }).click();
    await page.getByLabel('Organization short name').fill('acme-compliance');
    await page.getByRole('button', { name: 'Continue with single sign-on' }).click();
    await page.waitForURL((u) => u.href.startsWith(idp.issuer));
    await page.locator('input[name="login"]').fill(email);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    // The provider asks for consent once per client; after that it returns straight to Assay.
    const consent = page.getByRole('button', { name: 'Continue' });
    const backInAssay = page.waitForURL((u) => u.href.startsWith(server.url)).then(() => 'assay' as const);
    const asked = consent.waitFor().then(() => 'consent' as const);
    asked.catch(() => {}); // loses the race when the provider skips the consent page
    if ((await Promise.race([asked, backInAssay])) === 'consent') await consent.click();
    await backInAssay;
  }

  it('is configured by the owner and lets a new person from the domain sign in', async () => {
    const owner = await watchedPage(await newContext(browser, server.url), server.url);
    await completeSetup(owner.page, server.setupLink);

    await navigate(owner.page, 'Single sign-on');
    const p = owner.page;
    expect(await p.getByRole('textbox', { name: 'Redirect URI' }).inputValue()).toBe(`${server.url}/api/v1/auth/sso/callback`);
    await p.getByRole('switch', { name: 'Allow signing in with single sign-on' }).check();
    await p.getByRole('textbox', { name: 'Issuer URL' }).fill(idp.issuer);
    await p.getByRole('textbox', { name: 'Client ID' }).fill(idp.clientId);
    await p.getByRole('textbox', { name: 'Client secret' }).fill(idp.clientSecret);
    await p.getByRole('combobox', { name: 'Email domains' }).fill('acme.test');
    await p.keyboard.press('Enter');
    await p.getByRole('button', { name: 'Save settings' }).click();
    await p.getByText('Single sign-on settings saved').waitFor();
    await p.getByText('A secret is stored.', { exact: false }).waitFor();
    await screenshot(p, '10-sso-settings');

    const sam = await watchedPage(await newContext(browser, server.url), server.url);
    await signInThroughIdp(sam.page, 'sam.sso@acme.test');
    await sam.page.getByRole('heading', { name: 'Welcome, Sam' }).waitFor();
    await sam.page.getByRole('button', { name: /Organization: Acme Compliance/ }).waitFor();
    await screenshot(sam.page, '11-sso-signed-in');

    // Someone outside the auto-join domains is turned away with the reason shown on the sign-in page.
    const eve = await watchedPage(await newContext(browser, server.url), server.url);
    await signInThroughIdp(eve.page, 'eve@elsewhere.test');
    await eve.page.getByText('Single sign-on did not complete').waitFor();
    await eve.page.getByText('eve@elsewhere.test is not a member of Acme Compliance').waitFor();
    await screenshot(eve.page, '12-sso-refused');

    await navigate(p, 'Members');
    await p.getByRole('table', { name: 'Members' }).getByText('sam.sso@acme.test').waitFor();

    expect(owner.problems).toEqual([]);
    expect(sam.problems).toEqual([]);
    expect(eve.problems).toEqual([]);
  });
});
