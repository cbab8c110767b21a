import { compileMessage } from '@lingui/message-utils/compileMessage';

/**
 * Node's (and the unit tests') catalogs arrive as ICU source text: compile each message once, when
 * the translator is built. The browser build gets them precompiled instead (compile-browser.ts), so
 * the compiler never ships in the game's JavaScript.
 */
export function compileCatalog(messages: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const compiled: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(messages)) {
    compiled[key] = typeof message === 'string' ? compileMessage(message) : message;
  }
  return compiled;
}
