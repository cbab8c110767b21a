import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const CATALOG = /\/src\/i18n\/locales\/[^/]+\/[^/]+\.json$/;

/**
 * Compiles the interface catalogs' ICU messages at build time for the browser, so the game ships
 * Lingui's small runtime and not its message parser (src/i18n/compile-browser.ts expects this).
 * Node (the CLI, the server, the unit tests) compiles at run time instead (compile-node.ts), so
 * server-side transforms are left alone. A malformed message fails the build, naming its key.
 */
export function precompiledCatalogs(): Plugin {
  return {
    name: 'crisis-room:i18n-catalogs',
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr || !CATALOG.test(id.split('?')[0] ?? '')) return null;
      const source = JSON.parse(code) as Record<string, unknown>;
      const compiled: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(source)) {
        if (typeof message !== 'string') throw new Error(`${id}: "${key}" is not a string`);
        try {
          compiled[key] = compileMessage(message);
        } catch (error) {
          throw new Error(`${id}: "${key}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
      }
      return { code: JSON.stringify(compiled), map: null };
    },
  };
}
