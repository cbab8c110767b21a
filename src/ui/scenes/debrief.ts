/**
 * Debrief: the after-action report. The full report (src/ui/debrief) is loaded on demand, with its
 * charts, so none of it weighs on the first load; without it a short summary is shown.
 */
import type { SaveFile } from '../../engine/types';
import type { Scenario } from '../../scenario/types';
import type { AppContext } from '../app-context';
import { button, h } from '../dom/h';
import { downloadText } from '../save-store';
import { sessionFileName } from '../session-file-name';
import { debriefSummary } from '../views/debrief-summary';
import { t, uiLang } from '../lang/ui-language';
import { RoomScene } from './room-scene';

interface DebriefModule {
  mountDebrief(container: HTMLElement, options: { scenario: Scenario; save: SaveFile; lang?: string }): unknown;
}

// A glob rather than an import: the report module is another engineer's, and may not exist yet.
const REPORT = import.meta.glob<DebriefModule>('../debrief/index.ts');

export class Debrief extends RoomScene {
  constructor(app: AppContext) {
    super('Debrief', app);
  }

  create(): void {
    this.drawRoom();
    const play = this.app.play;
    if (!play) {
      this.scene.start('Menu');
      return;
    }
    const save = play.session.save();
    const body = h('div', { class: 'debrief__body' }, h('p', { class: 'loading', attrs: { role: 'status' } }, t('game.debrief.preparing')));
    const root = h(
      'div',
      { class: 'screen debrief' },
      h(
        'nav',
        { class: 'debrief__nav', attrs: { 'aria-label': t('game.debrief.navLabel') } },
        h('p', { class: 'eyebrow' }, t('game.debrief.eyebrow', { title: this.app.text(play.scenario.meta.title) })),
        button(t('game.debrief.back'), () => this.scene.start('Menu'), { class: 'btn btn--quiet btn--small' }),
        button(t('game.debrief.downloadLog'), () => downloadText(sessionFileName(play.scenario.meta.id, play.session.team, save.log[0]?.wall ?? save.savedAt), JSON.stringify(save, null, 2)), { class: 'btn btn--quiet btn--small' }),
      ),
      body,
    );
    this.app.overlay.mount('debrief', root, null);
    void this.fill(body, play.scenario, save);
  }

  private async fill(body: HTMLElement, scenario: Scenario, save: SaveFile): Promise<void> {
    const load = Object.values(REPORT)[0];
    body.replaceChildren();
    if (load) {
      try {
        const report = await load();
        await report.mountDebrief(body, { scenario, save, lang: uiLang() });
        focusHeading(body);
        return;
      } catch (error) {
        console.error('The full debrief could not be shown; showing the summary.', error);
        body.replaceChildren();
      }
    }
    body.append(debriefSummary(scenario, save.state, (value) => this.app.text(value), save.log.flatMap((entry) => entry.notices)));
    focusHeading(body);
  }
}

/** Puts keyboard and screen-reader focus on the report's title, where reading starts. */
function focusHeading(body: HTMLElement): void {
  const heading = body.querySelector<HTMLElement>('h1');
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}
