/**
 * Boot, the first scene: makes the textures every later scene draws with (generated in code, so
 * there is nothing to download) and marks the page busy unless the opening already shows a
 * screen the team can use (see opening.ts), then hands over to Preload.
 */
import Phaser from 'phaser';
import type { AppContext } from '../app-context';
import { generateTextures } from '../graphics/textures';

export class Boot extends Phaser.Scene {
  constructor(private readonly app: AppContext) {
    super('Boot');
  }

  create(): void {
    if (this.app.overlay.root.dataset.screen === undefined) this.app.overlay.root.setAttribute('aria-busy', 'true');
    generateTextures(this);
    this.scene.start('Preload');
  }
}
