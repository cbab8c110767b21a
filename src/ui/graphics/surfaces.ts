/**
 * Panels that hold dials are see-through in CSS (`data-surface`), so the canvas under them shows;
 * Phaser paints their backing here, under the dials, following their boxes as the layout moves.
 */
import Phaser from 'phaser';
import { LayoutWatch } from './layout-watch';

const FILL = 0x0d1528;
const RADIUS = 10;

export class Surfaces {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly layout: LayoutWatch;
  private signature = '';

  constructor(
    scene: Phaser.Scene,
    private readonly root: HTMLElement,
  ) {
    this.graphics = scene.add.graphics().setDepth(-5);
    this.layout = new LayoutWatch(root);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.layout.dispose());
  }

  update(): void {
    if (!this.layout.changed()) return;
    const boxes = [...this.root.querySelectorAll<HTMLElement>('[data-surface]')].map((element) => element.getBoundingClientRect());
    const signature = boxes.map((box) => `${box.x},${box.y},${box.width},${box.height}`).join(';');
    if (signature === this.signature) return;
    this.signature = signature;
    this.graphics.clear();
    this.graphics.fillStyle(FILL, 0.94);
    for (const box of boxes) {
      if (box.width > 0 && box.height > 0) this.graphics.fillRoundedRect(box.x, box.y, box.width, box.height, RADIUS);
    }
  }
}
