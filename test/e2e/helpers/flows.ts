// Steps several browser tests share, written the way a person walks them.
import type { Page } from 'playwright-core';

export const OWNER = { org: 'Acme Compliance', name: 'Olivia Owner', email: 'olivia@acme.test', password: 'correct horse battery staple' };

/** Opens the setup link and creates the first organization and its owner; ends on the overview. */
export async function completeSetup(page: Page, setupLink: string): Promise<void> {
  await page.goto(setupLink);
  await page.getByRole('heading', { name: 'Set up Assay' }).waitFor();
  await page.getByLabel('Organization name').fill(OWNER.org);
  await page.getByLabel('Your name').fill(OWNER.name);
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(OWNER.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(OWNER.password);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await page.getByRole('heading', { name: 'Welcome, Olivia' }).waitFor();
}

/** Signs in on /signin with email and password; ends on the overview. */
export async function signIn(page: Page, email: string, password: string, firstName: string): Promise<void> {
  await page.goto('/signin');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: `Welcome, ${firstName}` }).waitFor();
}

/** Opens the account menu and signs out; ends on the sign-in page. */
export async function signOut(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Account menu for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Assay' }).waitFor();
}

/** Goes to a page through the navbar (opening the burger first on a small screen). */
export async function navigate(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}
