/**
 * The moving part of the war room: a slow radar sweep over the wall and a warning light whose red
 * deepens as the situation does. The still wall (gradient, grid, the calm light) is the page's CSS
 * background, so the canvas is transparent and each frame draws little: in software rendering
 * every full-screen layer costs a frame budget of its own. Motion stops when the user prefers
 * less motion.
 */
import Phaser from 'phaser';
import { COLORS } from '../theme';
import { TEXTURES } from './textures';

export class RoomBackdrop {
  private readonly alarmLight: Phaser.GameObjects.Image;
  private readonly scan: Phaser.GameObjects.Image;
  private alarm = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly still: () => boolean,
  ) {
    this.alarmLight = scene.add.image(0, 0, TEXTURES.glow).setTint(COLORS.danger).setAlpha(0).setVisible(false);
    // The sweep's texture only varies from top to bottom, so a plain image stretched across the
    // room looks exactly like a tiled one and draws with the same shader as every other image:
    // a tile sprite costs a shader program of its own to compile on the first frame.
    this.scan = scene.add.image(0, 0, TEXTURES.scan).setOrigin(0, 1).setAlpha(0.5);
    for (const object of [this.alarmLight, this.scan]) object.setDepth(-10);
    this.layout();
    scene.scale.on(Phaser.Scale.Events.RESIZE, this.layout, this);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.scale.off(Phaser.Scale.Events.RESIZE, this.layout, this));
  }

  /** Recolours the room's calm light (the ending's tone, for instance); it is part of the CSS wall. */
  setLight(tone: 'calm' | 'good'): void {
    document.body.dataset.light = tone;
    this.scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => delete document.body.dataset.light);
  }

  /** 0 calm .. 1 everything is on fire. */
  setAlarm(level: number): void {
    this.alarm = Math.min(1, Math.max(0, level));
    this.alarmLight.setVisible(this.alarm > 0);
    if (this.still()) this.alarmLight.setAlpha(this.alarm * 0.35);
  }

  update(): void {
    const { height } = this.scene.scale;
    if (this.still()) {
      this.scan.setVisible(false);
      this.alarmLight.setAlpha(this.alarm * 0.35);
      return;
    }
    // The game's clock, not the scene's: the sweep carries on smoothly from screen to screen.
    const elapsed = this.scene.game.loop.time;
    this.scan.setVisible(true);
    this.scan.y = ((elapsed / 9000) % 1) * (height + 128);
    if (this.alarm > 0) {
      const pulse = 0.5 + 0.5 * Math.sin(elapsed / (700 - this.alarm * 300));
      this.alarmLight.setAlpha(this.alarm * (0.2 + 0.25 * pulse));
    }
  }

  private layout(): void {
    const { width, height } = this.scene.scale;
    // Lights reach about a third of the room from their corners: enough to tint it, and far less
    // to fill each frame than a light over the whole screen.
    const reach = Math.max(width, height) / 256;
    this.alarmLight.setPosition(width, height).setScale(reach * 0.9);
    this.scan.setDisplaySize(width, 128);
  }
}
