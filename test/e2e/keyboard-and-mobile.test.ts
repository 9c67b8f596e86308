// Keyboard-only use of the sign-in page and the shell, and the shell on a phone-sized screen.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFocused, isOnScreen, launchBrowser, newContext, screenshot, watchedPage } from './helpers/browser.js';
import { completeSetup, OWNER, signIn, signOut } from './helpers/flows.js';
import { type AssayServer, startAssay } from './helpers/server.js';

/** Polls a condition of the page (an animation settling) without assuming how long it takes. */
async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 50));
}

describe('keyboard and small screens', () => {
  let server: AssayServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAssay();
    browser = await launchBrowser();
    const { page } = await watchedPage(await newContext(browser, server.url));
    await completeSetup(page, server.setupLink);
    await signOut(page, OWNER.name);
    await page.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in and moves around with the keyboard only', async () => {
    const { page, problems } = await watchedPage(await newContext(browser, server.url));
    await page.goto('/signin');
    const email = page.getByRole('textbox', { name: 'Email', exact: true });
    const password = page.getByRole('textbox', { name: 'Password', exact: true });
    await email.waitFor();
    expect(await isFocused(email)).toBe(true);
    await page.keyboard.type(OWNER.email);
    await page.keyboard.press('Tab');
    expect(await isFocused(password)).toBe(true);
    // A wrong password first: the API's message is shown and the password field is ready for another try.
    await page.keyboard.type('not the password at all');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Email or password is incorrect').waitFor();
    expect(await password.inputValue()).toBe('');
    expect(await isFocused(password)).toBe(true);
    await screenshot(page, '19-signin-wrong-password');
    await page.keyboard.type(OWNER.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Welcome, Olivia' }).waitFor();

    // The first Tab reaches the skip link; the navbar's links follow the account and organization menus.
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('link', { name: 'Skip to content' }))).toBe(true);
    const members = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Members' });
    for (let i = 0; i < 10 && !(await isFocused(members)); i++) await page.keyboard.press('Tab');
    expect(await isFocused(members)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await screenshot(page, '20-keyboard-members');

    // Menus open and act from the keyboard too.
    await page.getByRole('button', { name: `Account menu for ${OWNER.name}` }).focus();
    await page.keyboard.press('Enter');
    const signOutItem = page.getByRole('menuitem', { name: 'Sign out' });
    await signOutItem.waitFor();
    await signOutItem.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Sign in to Assay' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('collapses the navigation behind a burger on a 390px-wide screen', async () => {
    const { page, problems } = await watchedPage(await newContext(browser, server.url, { width: 390, height: 844 }));
    await signIn(page, OWNER.email, OWNER.password, 'Olivia');
    const burger = page.getByRole('button', { name: 'Open navigation' });
    // While closed, the navbar is off screen and out of the accessibility tree.
    const membersLink = page
      .getByRole('navigation', { name: 'Pages', includeHidden: true })
      .getByRole('link', { name: 'Members', includeHidden: true });
    expect(await burger.isVisible()).toBe(true);
    expect(await isOnScreen(membersLink)).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Pages' }).count()).toBe(0);
    await screenshot(page, '21-mobile-overview');

    await burger.click();
    await page.getByRole('navigation', { name: 'Pages' }).waitFor();
    await waitUntil(() => isOnScreen(membersLink));
    expect(await page.getByRole('button', { name: 'Close navigation' }).getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, '22-mobile-navigation-open');

    await membersLink.click();
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await waitUntil(async () => !(await isOnScreen(membersLink)));
    await screenshot(page, '23-mobile-members');
    expect(problems).toEqual([]);
  });
});
