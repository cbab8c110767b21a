/** What the workshop's browser tests share: where its verdicts show, and waiting for them. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const summary = (page: Page) => page.locator('#ws-diagnostics-summary');

/** Waits until the checker finds no problem and the analysis has run to a clean result. */
export async function waitForCleanAnalysis(page: Page): Promise<void> {
  await expect.poll(() => summary(page).textContent(), { timeout: 20_000 }).toBe('No problems.');
  await expect
    .poll(() => page.getByText('Analysis complete.').count(), { timeout: 30_000 })
    .toBe(1);
  await expect
    .poll(() => page.getByText('Every ending is reachable and nothing is dead.').count())
    .toBe(1);
}
