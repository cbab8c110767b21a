/**
 * Preload: draws the room and follows the opening (opening.ts, started by main.ts before Phaser):
 * `?scenario=<id>` to its briefing, which is usually on show already, or on to the war room when
 * the team pressed Continue while Phaser booted; anything unknown to the menu with a message.
 */
import type { AppContext } from '../app-context';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';
import { openingOf } from '../opening';
import { showOpeningStatus, showReady } from '../opening-status';
import { RoomScene } from './room-scene';

export class Preload extends RoomScene {
  constructor(app: AppContext) {
    super('Preload', app);
  }

  create(): void {
    this.drawRoom();
    // Only over the page's own boot message: an early briefing stays where the team is reading it.
    if (this.app.overlay.root.dataset.screen === undefined) showOpeningStatus(this.app.overlay);
    void this.follow();
  }

  private async follow(): Promise<void> {
    const app = this.app;
    const opening = await openingOf(app);
    if (opening.kind === 'failed') {
      app.overlay.mount(
        'error',
        h('div', { class: 'screen screen--center' }, h('h1', null, t('game.opening.couldNotOpen')), h('p', null, opening.message)),
      );
      return;
    }
    showReady(app.overlay);
    if (opening.kind === 'menu') {
      this.goTo('Menu');
      return;
    }
    const { screen } = opening;
    if (screen.left) this.goTo(screen.left);
    else this.goTo('Briefing', screen);
  }
}
