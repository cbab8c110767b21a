/**
 * Puts the Content-Security-Policy into every built page as a `<meta http-equiv>` tag, so a
 * static host that sends no headers still serves the pages under it. The preview server's
 * header stays: it alone can carry the directives a meta tag cannot (`frame-ancestors`).
 */
import type { Plugin } from 'vite';

/** Directives a browser ignores, with a console error, when the policy comes in a meta tag. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy without its header-only directives: what a meta tag can carry. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !HEADER_ONLY.has(directive.split(/\s+/)[0] ?? ''))
    .join('; ');
}

/** The plugin: the meta tag first in each page's head, before any script can run. */
export function cspMeta(policy: string): Plugin {
  return {
    name: 'crisis-room:csp-meta',
    // The dev server injects its own client and styles; the policy is for what gets shipped.
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy(policy) },
          injectTo: 'head-prepend' as const,
        },
      ],
    },
  };
}
