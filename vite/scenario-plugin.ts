/**
 * Shipped scenarios are checked once, at build (or dev-server) time, not in the room: importing
 * `scenarios/<id>.yaml?scenario` yields `{ scenario, diagnostics }`, the `Scenario` that `loadScenario`
 * produces from the file, as JSON. The browser then needs neither the YAML parser nor the checker
 * to open a shipped exercise. A shipped file with errors fails the build with the positioned
 * diagnostics. The module stands for the .yaml file, so `npm start` reloads when an author saves it;
 * there, a save with errors must not break the page mid-edit: the terminal prints the diagnostics
 * and the module yields `{ scenario: null, diagnostics }`, which the game shows.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostics, loadScenario } from '../src/scenario/index.ts';

export function shippedScenarios(): Plugin {
  let serving = false;
  return {
    name: 'crisis-room:shipped-scenarios',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async load(id) {
      const [path = '', query = ''] = id.split('?', 2);
      if (!new URLSearchParams(query).has('scenario') || !path.endsWith('.yaml')) return null;
      const source = await readFile(path, 'utf8');
      const file = basename(path);
      this.addWatchFile(path);
      const { scenario, diagnostics } = loadScenario(source, { file });
      if (!scenario) {
        const message = `shipped scenario ${file} does not check:\n${formatDiagnostics(diagnostics, source)}`;
        if (!serving) this.error(message);
        this.warn(message);
      } else {
        for (const d of diagnostics) this.warn(`${d.file}:${d.range.start.line}:${d.range.start.col}: ${d.code}: ${d.message}`);
      }
      // JSON.parse of a string literal is quicker for the browser than an object literal this size.
      const json = JSON.stringify({ scenario: scenario ?? null, diagnostics });
      return { code: `export default JSON.parse(${JSON.stringify(json)});\n`, map: null };
    },
  };
}
