/**
 * Preload: draws the room, waits for the rules and the named scenario (main.ts started both
 * downloading before Phaser), then follows the address bar: `?scenario=<id>`
 * goes straight to its briefing, anything unknown to the menu with a message.
 */
import type { AppContext } from '../app-context';
import { findShipped, type CatalogEntry } from '../catalog';
import { loadCore } from '../core';
import { h } from '../dom/h';
import { RoomScene } from './room-scene';

export class Preload extends RoomScene {
  constructor(app: AppContext) {
    super('Preload', app);
  }

  create(): void {
    this.drawRoom();
    this.app.overlay.mount(
      'preload',
      h('div', { class: 'screen screen--center' }, h('p', { class: 'loading', attrs: { role: 'status' } }, 'Opening the crisis room\u2026')),
    );
    void this.prepare();
  }

  private async prepare(): Promise<void> {
    const app = this.app;
    const wanted = app.params.scenario;
    let entry: CatalogEntry | undefined;
    try {
      app.core = await loadCore();
      if (wanted !== null) entry = await findShipped(wanted);
    } catch (error) {
      app.overlay.mount(
        'error',
        h(
          'div',
          { class: 'screen screen--center' },
          h('h1', null, 'The crisis room could not open'),
          h('p', null, error instanceof Error ? error.message : String(error)),
        ),
      );
      return;
    }
    app.overlay.root.removeAttribute('aria-busy');
    const { badSeed } = app.params;
    if (badSeed !== null) {
      app.messages.push({ text: `"${badSeed}" is not a seed: use a whole number from 0 to 4294967295. A random seed is used instead.` });
    }
    if (wanted !== null) {
      if (entry?.scenario) {
        this.goTo('Briefing', { scenario: entry.scenario, custom: null });
        return;
      }
      app.messages.push({ text: `There is no exercise called "${wanted}". Choose one of these.` });
    }
    this.goTo('Menu');
  }
}
