/**
 * In the browser the catalogs were compiled at build time (vite/i18n-plugin.ts), so there is nothing
 * left to do and no ICU parser to download.
 */
export function compileCatalog(messages: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { ...messages };
}
