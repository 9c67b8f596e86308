// Debian's Chromium through playwright-core, with a watch on console errors and uncaught exceptions.
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { RESULTS } from './paths.js';

export const CHROMIUM = '/usr/bin/chromium';

/** A headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh browser profile (own cookies) on the server, allowed to use the clipboard. */
export async function newContext(browser: Browser, baseURL: string, viewport = { width: 1280, height: 860 }): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'en-US', timezoneId: 'UTC' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  return context;
}

// Chromium logs every HTTP error answer as a console error; the API's expected 4xx answers
// (401 from /me when signed out, a wrong password) are not page errors.
const EXPECTED_HTTP = /^Failed to load resource: the server responded with a status of 4\d\d/;

/**
 * A page that records console errors, CSP violations and uncaught exceptions while it shows Assay
 * (not while it is on another site, such as an identity provider's sign-in form).
 */
export async function watchedPage(context: BrowserContext, origin?: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  const onAssay = () => !origin || page.url().startsWith(origin);
  page.on('console', (msg) => {
    if ((msg.type() !== 'error' && msg.type() !== 'warning') || !onAssay()) return;
    const text = msg.text();
    const from = msg.location().url ?? '';
    if (EXPECTED_HTTP.test(text) && from.includes('/api/v1/')) return;
    if (msg.type() === 'warning' && !/Content Security Policy|Refused/.test(text)) return;
    problems.push(`${msg.type()}: ${text} (${from})`);
  });
  page.on('pageerror', (err) => {
    if (onAssay()) problems.push(`pageerror: ${err.message}`);
  });
  return { page, problems };
}

/** Saves a full-page screenshot as test-results/e2e/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(RESULTS, { recursive: true });
  // From the top, so that the fixed header and navbar are drawn where a person sees them.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: true });
}

/** Whether the element has the keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === el.ownerDocument.activeElement);
}

/** Whether any part of the element lies inside the viewport (a drawer moved off screen does not). */
export async function isOnScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const view = locator.page().viewportSize();
  if (!box || !view) return false;
  return box.x + box.width > 0 && box.x < view.width && box.y + box.height > 0 && box.y < view.height;
}
