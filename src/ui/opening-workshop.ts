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

export async function openFromWorkshop(app: AppContext): Promise<Opening> {
  const handoff = readHandoff();
  if (!handoff) {
    app.messages.push({ text: 'The workshop\u2019s scenario is not here (it is kept only in the tab that pressed "Play in the game"). Press it again, or open the file from this menu.' });
    return { kind: 'menu' };
  }
  const checker = await loadChecker();
  const { scenario, diagnostics } = checker.loadScenario(handoff.source, { file: handoff.file });
  if (!scenario) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    app.messages.push({
      text: `${handoff.file} from the workshop does not pass the checks (${errors.length} error${errors.length === 1 ? '' : 's'}${first ? `; the first: line ${first.range.start.line}, ${first.message}` : ''}). Fix it in the workshop and press "Play in the game" again.`,
    });
    return { kind: 'menu' };
  }
  const screen = new BriefingScreen(app, { scenario, custom: { file: handoff.file, source: handoff.source } });
  showReady(app.overlay);
  return { kind: 'briefing', screen };
}
