/**
 * The game opened by the workshop's "Play in the game": the scenario text it handed over is
 * checked like a file opened from the menu, and played as one (its source kept with the session's
 * save, so the session can be resumed). Anything wrong goes to the menu with a message saying what.
 */
import type { AppContext } from './app-context';
import { BriefingScreen } from './briefing-screen';
import { loadChecker } from './core';
import type { Opening } from './opening';
import { showReady } from './opening-status';
import { readHandoff } from './workshop-handoff';
import { t } from './lang/ui-language';

export async function openFromWorkshop(app: AppContext): Promise<Opening> {
  const handoff = readHandoff();
  if (!handoff) {
    app.messages.push({ text: t('game.opening.workshopGone') });
    return { kind: 'menu' };
  }
  const checker = await loadChecker();
  const { scenario, diagnostics } = checker.loadScenario(handoff.source, { file: handoff.file });
  if (!scenario) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    app.messages.push({
      text: first
        ? t('game.opening.workshopFailsFirst', { file: handoff.file, count: errors.length, line: first.range.start.line, message: first.message })
        : t('game.opening.workshopFails', { file: handoff.file, count: errors.length }),
    });
    return { kind: 'menu' };
  }
  const screen = new BriefingScreen(app, { scenario, custom: { file: handoff.file, source: handoff.source } });
  showReady(app.overlay);
  return { kind: 'briefing', screen };
}
