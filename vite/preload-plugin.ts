/**
 * Lists named chunks as `<link rel="modulepreload">` in one page's HTML, so the browser fetches
 * them alongside the entry and Phaser instead of after both have arrived. For chunks the page is
 * sure to need but imports lazily (the game's rules, see src/ui/core.ts).
 */
import type { Plugin } from 'vite';

export function preloadChunks(page: string, chunkNames: readonly string[]): Plugin {
  return {
    name: 'crisis-room:preload-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path, bundle }) {
        if (!bundle || path !== `/${page}`) return [];
        // The named chunks and what they import statically: all of it is needed before they run.
        const files = new Set<string>();
        const add = (fileName: string): void => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || files.has(fileName)) return;
          files.add(fileName);
          chunk.imports.forEach(add);
        };
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && !output.isEntry && chunkNames.includes(output.name)) add(output.fileName);
        }
        // Vite already lists the entry and what it imports statically.
        return [...files].filter((fileName) => !html.includes(fileName)).map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
