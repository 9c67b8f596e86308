// Using Mantine's combobox inputs (Select, MultiSelect) the way a person does: open, type, pick an option.
import type { Locator, Page } from 'playwright-core';

/** The input of a Select or MultiSelect by its label (Mantine gives it the combobox or the textbox role). */
export function comboInput(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(label, { exact: true }).and(scope.locator('input'));
}

/** Opens a Select or MultiSelect by its label, types to narrow the options, and picks the one named `option`. */
export async function choose(page: Page, field: Locator, option: string | RegExp, typed?: string): Promise<void> {
  // Mantine hides a dropdown whose field is clipped at the edge of the screen: bring the field to the middle
  // first, as a person scrolls to see the list open.
  await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await field.click();
  if (typed !== undefined) await field.fill(typed);
  const opt = page.getByRole('option', { name: option }).first();
  // A re-render around the field can close the list between the click and the typing; a person would then
  // press the down arrow to open it again, and so does this.
  const shown = await opt.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  if (!shown) {
    await field.press('ArrowDown');
    await opt.waitFor();
  }
  await opt.click();
}

/** A percentage shown on the page ("16.9%") as a number. */
export async function readPercent(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? '';
  const m = /(\d+(?:\.\d+)?)%/.exec(text);
  if (!m) throw new Error(`no percentage in "${text}"`);
  return Number(m[1]);
}

/** Closes an open options dropdown with Escape and waits until it is gone (it fades out over whatever lies below). */
export async function closeOptions(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
}
