/**
 * What the address bar opens, worked out as soon as the rules and the named scenario have
 * arrived: that is while Phaser is still downloading and booting, so a briefing shows at once.
 * The team reads it (and may press Continue, which starts the session) while the room boots;
 * Preload then takes them wherever they have got to. Started by main.ts, awaited by Preload.
 */
import type { Scenario } from '../scenario/types';
import type { AppContext } from './app-context';
import { BriefingScreen } from './briefing-screen';
import { findShipped, whyUnplayable, type CatalogEntry } from './catalog';
import { loadCore } from './core';
import { showReady } from './opening-status';
import { t } from './lang/ui-language';

export type Opening =
  | { readonly kind: 'briefing'; readonly screen: BriefingScreen }
  | { readonly kind: 'menu' }
  | { readonly kind: 'failed'; readonly message: string };

let opening: Promise<Opening> | undefined;

export function openingOf(app: AppContext): Promise<Opening> {
  opening ??= open(app);
  return opening;
}

async function open(app: AppContext): Promise<Opening> {
  const wanted = app.params.scenario;
  let scenario: Scenario | null | undefined;
  let entry: CatalogEntry | undefined;
  try {
    [app.core] = await Promise.all([loadCore(), app.languageReady]);
    if (wanted !== null) entry = await findShipped(wanted);
    scenario = entry?.scenario;
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  const { badSeed } = app.params;
  if (badSeed !== null) {
    app.messages.push({ text: t('game.opening.badSeed', { seed: badSeed }) });
  }
  if (app.params.workshop) {
    // Only this link loads the checker up front: the plain game's first screen does not wait for it.
    const { openFromWorkshop } = await import('./opening-workshop');
    return openFromWorkshop(app);
  }
  if (wanted === null) return { kind: 'menu' };
  if (!scenario) {
    app.messages.push({ text: entry ? whyUnplayable(entry) : t('game.opening.noExercise', { id: wanted }) });
    return { kind: 'menu' };
  }
  const screen = new BriefingScreen(app, { scenario, custom: null });
  showReady(app.overlay);
  return { kind: 'briefing', screen };
}
