/**
 * The browser entry: the DOM layer and the shared context, then Phaser (src/game.ts). The rules
 * and the scenario the address names start downloading first, and the opening screen (a
 * briefing) shows as soon as they are here, while Phaser is still loading and booting.
 */
import { AppContext } from './ui/app-context';
import { prefetchScenario } from './ui/catalog';
import { Overlay } from './ui/dom/overlay';
import { openingOf } from './ui/opening';
import { readUrlParams } from './ui/url-params';
import { applyDisplay, initialDisplay } from './ui/display-mode';
import { showStartupError, watchStartup } from './ui/startup-error';
import { settleLanguage } from './ui/lang/settle-language';
import './ui/styles/base.css';
import './ui/styles/screens.css';
import './ui/styles/war-room.css';
import './ui/styles/injects.css';
import './ui/styles/save-notices.css';
import './ui/styles/outcome.css';
import './ui/styles/projector.css';
import './ui/styles/phone.css';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

// Installed first: whatever fails from here on (the rules of a scenario too deep for the browser,
// a chunk that does not load, the opening) shows on screen instead of leaving a dead briefing.
const uiRoot = document.getElementById('ui') ?? document.body;
watchStartup(uiRoot);

const app = new AppContext(new Overlay(element('ui'), element('announcer')), readUrlParams(window.location.search));
applyDisplay(initialDisplay(app.params.display));
// The language first: every screen from the opening on speaks it (Korean loads while the rules do).
app.languageReady = settleLanguage(app.params.lang, app.messages);

// Shipped scenarios arrive checked at build time (see catalog.ts).
const wanted = app.params.scenario;
if (wanted) prefetchScenario(wanted);
// Preload follows the same opening and reports a failure to load, with its message.
void openingOf(app);

const stage = element('stage');
import('./game')
  .then(({ startGame }) => startGame(app, stage))
  .catch((error: unknown) => showStartupError(uiRoot, error));
