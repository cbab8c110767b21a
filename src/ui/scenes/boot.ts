/** Boot: starts fetching the rules while Phaser warms up, then hands over to Preload. */
import Phaser from 'phaser';
import type { AppContext } from '../app-context';
import { loadCore } from '../core';

export class Boot extends Phaser.Scene {
  constructor(private readonly app: AppContext) {
    super('Boot');
  }

  create(): void {
    void loadCore();
    this.app.overlay.root.setAttribute('aria-busy', 'true');
    this.scene.start('Preload');
  }
}
