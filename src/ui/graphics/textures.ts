/**
 * The room's textures, drawn in code at boot: a soft radial glow for the lights and the radar
 * sweep's fading edge. No image files to download. (The wall's dot grid is CSS, see base.css.)
 */
import type Phaser from 'phaser';

export const TEXTURES = { glow: 'room-glow', scan: 'room-scan' } as const;

export function generateTextures(scene: Phaser.Scene): void {
  const textures = scene.textures;
  if (!textures.exists(TEXTURES.glow)) {
    const glow = textures.createCanvas(TEXTURES.glow, 256, 256);
    const ctx = glow?.getContext();
    if (glow && ctx) {
      const gradient = ctx.createRadialGradient(128, 128, 0, 128, 128, 128);
      gradient.addColorStop(0, 'rgba(255, 255, 255, 1)');
      gradient.addColorStop(0.35, 'rgba(255, 255, 255, 0.45)');
      gradient.addColorStop(1, 'rgba(255, 255, 255, 0)');
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, 256, 256);
      glow.refresh();
    }
  }
  if (!textures.exists(TEXTURES.scan)) {
    const scan = textures.createCanvas(TEXTURES.scan, 4, 128);
    const ctx = scan?.getContext();
    if (scan && ctx) {
      const gradient = ctx.createLinearGradient(0, 0, 0, 128);
      gradient.addColorStop(0, 'rgba(94, 177, 255, 0)');
      gradient.addColorStop(0.92, 'rgba(94, 177, 255, 0.10)');
      gradient.addColorStop(1, 'rgba(160, 210, 255, 0.35)');
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, 4, 128);
      scan.refresh();
    }
  }
}
