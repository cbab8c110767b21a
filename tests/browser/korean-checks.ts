/**
 * The checks a Korean screen must pass (issue #20), shared by the Korean browser tests: `<html
 * lang="ko">`, no English interface text (korean-leftovers.ts), no Latin word outside the
 * allow-list, no serious or critical axe violation, no text clipped by its box.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './harness';
import { seriousViolations } from './game-helpers';
import { englishLeft, englishTexts, latinWordsLeft, type EnglishTexts } from './korean-leftovers';

export const GAME_TEXTS = englishTexts(['game']);

/** Elements whose own text is wider than their box while the box hides the overflow. */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const own = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      // Text hidden for screen readers only is clipped on purpose.
      if (!own || element.closest('[class*="visually-hidden"]')) continue;
      const style = getComputedStyle(element);
      const hides = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (hides && element.scrollWidth > element.clientWidth + 1 && style.whiteSpace !== 'pre') found.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40) ?? ''}`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${window.innerWidth})`);
    return found;
  });
}

export interface Findings {
  english: Record<string, string[]>;
  latin: Record<string, string[]>;
  axe: Record<string, string[]>;
  clipped: Record<string, string[]>;
  lang: Record<string, string>;
}

export function noFindings(): Findings {
  return { english: {}, latin: {}, axe: {}, clipped: {}, lang: {} };
}

export interface CheckOptions {
  /** The English interface text to look for; the game's by default. */
  readonly texts?: EnglishTexts;
  /** Run axe and take the screenshot (the slow part); the text checks run on every screen. */
  readonly full?: boolean;
  /** Whole strings known to be in another language, left out of the Latin-word count (say why). */
  readonly except?: readonly string[];
}

/** Checks the screen showing now under `name`; a full check also looks at it (axe, screenshot). */
export async function check(page: Page, name: string, findings: Findings, options: CheckOptions = {}): Promise<void> {
  const full = options.full ?? true;
  // The dials sweep for a moment; the picture and axe want the settled screen.
  if (full) await page.waitForTimeout(1200);
  if (full) await screenshot(page, name);
  findings.lang[name] = await page.evaluate(() => document.documentElement.lang);
  findings.english[name] = await englishLeft(page, options.texts ?? GAME_TEXTS);
  findings.latin[name] = await latinWordsLeft(page, undefined, options.except);
  if (full) findings.axe[name] = await seriousViolations(page);
  findings.clipped[name] = await clippedText(page);
}

/** Every screen checked was in Korean and found nothing; a failure names the screen and the finding. */
export function expectClean(findings: Findings): void {
  const none = (record: Record<string, unknown>): Record<string, string[]> => Object.fromEntries(Object.keys(record).map((name) => [name, []]));
  expect(findings.lang).toEqual(Object.fromEntries(Object.keys(findings.lang).map((name) => [name, 'ko'])));
  expect(findings.english).toEqual(none(findings.english));
  expect(findings.latin).toEqual(none(findings.latin));
  expect(findings.axe).toEqual(none(findings.axe));
  expect(findings.clipped).toEqual(none(findings.clipped));
}
