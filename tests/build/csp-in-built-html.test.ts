import { resolve } from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import config, { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { metaPolicy } from '../../vite/csp-plugin';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/build/csp-in-built-html');

/** The plugin the app's build uses, found by name in its configuration. */
function appCspPlugin(): Plugin {
  const plugins = (config as { plugins?: unknown[] }).plugins ?? [];
  const found = plugins.flat().find((p): p is Plugin => (p as Plugin | null)?.name === 'crisis-room:csp-meta');
  if (!found) throw new Error('vite.config.ts has no crisis-room:csp-meta plugin: built pages carry no CSP');
  return found;
}

describe('the built pages', () => {
  it('carry the Content-Security-Policy in a meta tag before any script', async () => {
    const output = (await build({
      root: FIXTURE,
      configFile: false,
      logLevel: 'silent',
      plugins: [appCspPlugin()],
      build: { write: false },
    })) as Rollup.RollupOutput;
    const page = output.output.find((file) => file.fileName === 'index.html');
    const html = page?.type === 'asset' ? String(page.source) : '';
    const meta = html.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html.replaceAll('&#39;', "'")).toContain(`content="${metaPolicy(CONTENT_SECURITY_POLICY)}"`);
  });

  it('keep every directive of the served policy that a meta tag can carry', () => {
    const served = CONTENT_SECURITY_POLICY.split('; ');
    expect(metaPolicy(CONTENT_SECURITY_POLICY).split('; ')).toEqual(served.filter((d) => !d.startsWith('frame-ancestors')));
    expect(metaPolicy(CONTENT_SECURITY_POLICY)).toContain("script-src 'self'");
  });
});
