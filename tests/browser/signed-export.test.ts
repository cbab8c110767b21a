/**
 * Issue #17, point 4, in one real browser: the facilitator makes a signing key in the console and
 * downloads its public key; the game's debrief signs its JSON export with it; debrief.html then
 * says "signed by <fingerprint>" for that export, "signature does not match" for an edited copy,
 * and "unsigned" for an export made without a key. The signature also checks in Node.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildReport, toJson } from '../../src/debrief/index';
import { checkExportSignature, readPublicKeyFile } from '../../src/debrief/export-signature';
import { openViewer, playSave, shipped } from './debrief-helpers';
import { openConsole, openRoom } from './facilitator-room';
import { playToDebrief } from './game-helpers';
import { screenshot, useBrowserApp, watchForErrors } from './harness';

const env = useBrowserApp();

async function downloaded(page: Page, press: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), press()]);
  return readFile(await (download as Download).path(), 'utf8');
}

describe('signed debrief exports', () => {
  it('signs the game\u2019s JSON export with the key made in the console, and the viewer tells signed, edited and unsigned apart', async () => {
    const room = await openRoom(env.browser, env.app);
    const console = await openConsole(room);
    const panel = console.page.getByRole('region', { name: 'Signing key for exports' });
    await expect.poll(() => panel.textContent()).toContain('No signing key on this computer');
    await panel.getByRole('button', { name: 'Create a signing key' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Signing key created.');
    const fingerprint = /key ([0-9a-f]{4}(?: [0-9a-f]{4}){7})\./.exec((await panel.textContent()) ?? '')?.[1];
    expect(fingerprint).toBeDefined();
    const axe = await new AxeBuilder({ page: console.page }).include('.panel--signing-key').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await screenshot(console.page, 'signed-export-console');
    const publicKey = readPublicKeyFile(await downloaded(console.page, () => panel.getByRole('button', { name: 'Download the public key' }).click()));
    if (!publicKey.ok) throw new Error(publicKey.message);

    await playToDebrief(room.projector, 'mouse', () => 0);
    await expect.poll(() => room.projector.locator('.crd-signed-note').textContent()).toBe(`JSON exports are signed with the facilitator\u2019s key ${fingerprint}.`);
    const signed = await downloaded(room.projector, () => room.projector.getByRole('button', { name: 'Download JSON' }).first().click());
    expect(await checkExportSignature(signed, publicKey.key)).toEqual({ status: 'signed', fingerprint });

    const edited = JSON.parse(signed) as { score: { overall: number } };
    edited.score.overall = edited.score.overall === 99 ? 98 : 99;
    const scenario = shipped('tutorial');
    const unsigned = toJson(buildReport(scenario, playSave(scenario, { team: 'Red team', pick: 1, seed: 5, step: 40_000 })));
    const viewer = await room.context.newPage();
    const errors = watchForErrors(viewer);
    await openViewer(viewer, env.app.url, [
      { name: 'blue.json', text: signed },
      { name: 'blue-edited.json', text: JSON.stringify(edited) },
      { name: 'red.json', text: unsigned },
    ]);
    await expect.poll(() => viewer.locator('.crd-page__signature').allTextContents()).toEqual([`blue.json: signed by ${fingerprint}.`, 'red.json: unsigned.']);
    await expect
      .poll(() => viewer.locator('.crd-page__problem').allTextContents())
      .toContain('blue-edited.json: signature does not match: it was changed after it was signed.');
    await screenshot(viewer, 'signed-export-viewer');
    expect([...errors, ...console.errors, ...room.projectorErrors]).toEqual([]);
    await room.context.close();
  });
});
