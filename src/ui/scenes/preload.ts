/**
 * Preload: draws the room's textures, loads the rules and the shipped scenarios, then follows the
 * address bar: `?scenario=<id>` goes straight to its briefing, anything unknown to the menu with a
 * message.
 */
import type { AppContext } from '../app-context';
import { loadCatalog } from '../catalog';
import { loadCore } from '../core';
import { h } from '../dom/h';
import { generateTextures } from '../graphics/textures';
import { RoomScene } from './room-scene';

export class Preload extends RoomScene {
  constructor(app: AppContext) {
    super('Preload', app);
  }

  create(): void {
    generateTextures(this);
    this.drawRoom();
    this.app.overlay.mount(
      'preload',
      h('div', { class: 'screen screen--center' }, h('p', { class: 'loading', attrs: { role: 'status' } }, 'Opening the crisis room\u2026')),
    );
    void this.prepare();
  }

  private async prepare(): Promise<void> {
    const app = this.app;
    try {
      app.core = await loadCore();
      app.catalog = await loadCatalog(app.core);
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
    const { scenario: wanted, badSeed } = app.params;
    if (badSeed !== null) {
      app.messages.push({ text: `"${badSeed}" is not a seed: use a whole number from 0 to 4294967295. A random seed is used instead.` });
    }
    if (wanted !== null) {
      const entry = app.catalog.find((candidate) => candidate.scenario?.meta.id === wanted);
      if (entry?.scenario) {
        this.scene.start('Briefing', { scenario: entry.scenario, custom: null });
        return;
      }
      const known = app.catalog.flatMap((candidate) => (candidate.scenario ? [candidate.scenario.meta.id] : []));
      app.messages.push({ text: `There is no exercise called "${wanted}". Choose one below (known: ${known.join(', ') || 'none'}).` });
    }
    this.scene.start('Menu');
  }
}
