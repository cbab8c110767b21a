/**
 * The war room behind the panels: a night-blue wall of screens, a slow radar sweep, and warning
 * lights whose red deepens as the situation does. Motion stops when the user prefers less motion.
 */
import Phaser from 'phaser';
import { COLORS } from '../theme';
import { TEXTURES } from './textures';

export class RoomBackdrop {
  private readonly base: Phaser.GameObjects.Graphics;
  private readonly grid: Phaser.GameObjects.TileSprite;
  private readonly coolLight: Phaser.GameObjects.Image;
  private readonly alarmLight: Phaser.GameObjects.Image;
  private readonly scan: Phaser.GameObjects.TileSprite;
  private alarm = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly still: () => boolean,
  ) {
    this.base = scene.add.graphics();
    this.grid = scene.add.tileSprite(0, 0, 1, 1, TEXTURES.grid).setOrigin(0, 0);
    this.coolLight = scene.add.image(0, 0, TEXTURES.glow).setTint(COLORS.accent).setAlpha(0.22);
    this.alarmLight = scene.add.image(0, 0, TEXTURES.glow).setTint(COLORS.danger).setAlpha(0);
    this.scan = scene.add.tileSprite(0, 0, 1, 128, TEXTURES.scan).setOrigin(0, 1).setAlpha(0.6);
    for (const object of [this.base, this.grid, this.coolLight, this.alarmLight, this.scan]) object.setDepth(-10);
    this.layout();
    scene.scale.on(Phaser.Scale.Events.RESIZE, this.layout, this);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.scale.off(Phaser.Scale.Events.RESIZE, this.layout, this));
  }

  /** Recolours the room's calm light (the ending's tone, for instance). */
  setLight(color: number): void {
    this.coolLight.setTint(color);
  }

  /** 0 calm .. 1 everything is on fire. */
  setAlarm(level: number): void {
    this.alarm = Math.min(1, Math.max(0, level));
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
    this.grid.tilePositionX = elapsed / 400;
    const pulse = 0.5 + 0.5 * Math.sin(elapsed / (700 - this.alarm * 300));
    this.alarmLight.setAlpha(this.alarm * (0.18 + 0.22 * pulse));
    this.coolLight.setAlpha(0.16 + 0.05 * Math.sin(elapsed / 2300));
  }

  private layout(): void {
    const { width, height } = this.scene.scale;
    this.base.clear();
    this.base.fillGradientStyle(COLORS.deep, COLORS.deep, COLORS.night, COLORS.night, 1);
    this.base.fillRect(0, 0, width, height);
    this.grid.setSize(width, height);
    const reach = Math.max(width, height) / 128;
    this.coolLight.setPosition(width * 0.15, height * 0.05).setScale(reach * 0.9);
    this.alarmLight.setPosition(width * 0.9, height * 0.95).setScale(reach * 0.8);
    this.scan.setSize(width, 128);
  }
}
