/**
 * Whether a decision stands whole on the wall (issue #16, To build 1): every choice card inside
 * the window without scrolling anything, each label complete at projector size, and every card
 * the same shape (width, parts shown, height in its row), so no card's look sets it apart.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { tabTo } from './game-helpers.ts';
import { screenshot } from './harness.ts';

export interface ChoiceFit {
  readonly problems: string[];
  /** The lowest bottom edge of a choice card, in CSS px from the top of the window. */
  readonly lowest: number;
  readonly count: number;
}

/** Measures the shown decision; `minPx` is the smallest label size the room can read. */
export async function choiceFit(page: Page, minPx: number): Promise<ChoiceFit> {
  return page.evaluate((min) => {
    const problems: string[] = [];
    const cards = [...document.querySelectorAll<HTMLElement>('.choices .choice')];
    // A choice in view only because the page or its panel was scrolled to it is not "without scrolling".
    const stage = document.querySelector('.stage');
    if (stage && stage.scrollTop > 0) problems.push(`the stage is scrolled by ${stage.scrollTop}px`);
    if (window.scrollY > 0) problems.push(`the page is scrolled by ${window.scrollY}px`);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    let lowest = 0;
    cards.forEach((card, index) => {
      const box = card.getBoundingClientRect();
      lowest = Math.max(lowest, box.bottom);
      const name = `choice ${index + 1} of ${cards.length} at ${Math.round(box.top)}..${Math.round(box.bottom)}`;
      if (box.top < -0.5 || box.bottom > window.innerHeight + 0.5 || box.left < -0.5 || box.right > window.innerWidth + 0.5) {
        problems.push(`${name}: outside the ${window.innerWidth}x${window.innerHeight} window`);
      }
      // Cut by a panel that clips or scrolls its content.
      for (let parent = card.parentElement; parent; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowY === 'visible') continue;
        const frame = parent.getBoundingClientRect();
        if (box.top < frame.top + parent.clientTop - 0.5 || box.bottom > frame.top + parent.clientTop + parent.clientHeight + 0.5) {
          problems.push(`${name}: cut by .${parent.className.split(' ')[0] ?? parent.tagName}`);
          break;
        }
      }
      const label = card.querySelector<HTMLElement>('.choice__label');
      if (!label) {
        problems.push(`${name}: no label`);
        return;
      }
      const style = getComputedStyle(label);
      const size = parseFloat(style.fontSize);
      if (size < min || size < rem - 0.5) problems.push(`${name}: label at ${size.toFixed(1)}px (wants ${Math.max(min, rem).toFixed(1)})`);
      // The whole label shows: no ellipsis, no clamp, nothing hidden past its box.
      const clamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '';
      if (clamped || style.textOverflow === 'ellipsis' || label.scrollHeight > label.clientHeight + 1 || label.scrollWidth > label.clientWidth + 1) {
        problems.push(`${name}: label cut ("${(label.textContent ?? '').slice(0, 30)}")`);
      }
    });
    // One shape for all: the same width and the same parts shown, and in a row the same height.
    const shapes = new Set(cards.map((card) => {
      const parts = [...card.querySelectorAll('*')]
        .filter((part) => part.getClientRects().length > 0)
        .map((part) => [...part.classList].filter((name) => name.startsWith('choice__')).join('.'))
        .join(' ');
      return `${Math.round(card.getBoundingClientRect().width)}px wide: ${parts}`;
    }));
    if (shapes.size > 1) problems.push(`choices of ${shapes.size} shapes: ${[...shapes].join(' | ')}`);
    const rows = new Map<number, Set<number>>();
    for (const card of cards) {
      const box = card.getBoundingClientRect();
      rows.set(Math.round(box.top), (rows.get(Math.round(box.top)) ?? new Set()).add(Math.round(box.height)));
    }
    for (const [top, heights] of rows) if (heights.size > 1) problems.push(`choices at ${top} of heights ${[...heights].join(', ')}`);
    return { problems, lowest: Math.round(lowest), count: cards.length };
  }, minPx);
}

/**
 * The "Choice details" disclosure of a folded decision, by keyboard: Tab reaches it, Enter shows
 * every description and says so (aria-expanded), Enter folds them again; a number key still
 * selects its choice (and Escape lets it go). Photographs the details open. Returns what went wrong; [] when all did as meant.
 */
export async function detailsSwitchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const toggle = page.getByRole('button', { name: 'Choice details' });
  const descriptions = page.locator('.choices .choice__description');
  const shown = (): Promise<number> => descriptions.evaluateAll((all) => all.filter((element) => element.getClientRects().length > 0).length);
  if ((await toggle.getAttribute('aria-expanded')) !== 'false') problems.push('folded, yet the switch says expanded');
  if ((await shown()) !== 0) problems.push('folded, yet descriptions show');
  await tabTo(page, 'Choice details');
  await page.keyboard.press('Enter');
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
  const total = await descriptions.count();
  await expect.poll(shown).toBe(total);
  await screenshot(page, 'projector-late-choices-details-open');
  await page.keyboard.press('Enter');
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
  await expect.poll(shown).toBe(0);
  await page.keyboard.press('2');
  await expect.poll(() => page.locator('.choice[data-armed] .choice__key').textContent()).toBe('2');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.choice[data-armed]').count()).toBe(0);
  return problems;
}
