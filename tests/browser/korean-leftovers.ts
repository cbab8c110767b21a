/**
 * Finds English interface text left on a Korean screen: the English catalog's values (their
 * literal parts, without the ICU placeholders) that the page shows. Scenario text is not in the
 * catalogs, so an English scenario line never counts; only the interface's own words do.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const LOCALES = resolve(import.meta.dirname, '../../src/i18n/locales');

type Messages = Record<string, string>;

function read(lang: string, namespace: string): Messages {
  return JSON.parse(readFileSync(resolve(LOCALES, lang, `${namespace}.json`), 'utf8')) as Messages;
}

/** The Korean catalog's text for `namespace.key`, to find controls by their Korean names. */
export function ko(id: string): string {
  const [namespace = '', ...rest] = id.split('.');
  const value = read('ko', namespace)[rest.join('.')];
  if (value === undefined) throw new Error(`no Korean text for ${id}`);
  return value;
}

/** A message's literal parts: `Choice {digit} selected: "{label}".` gives `Choice`, `selected: "`, `".`. */
function literals(message: string): string[] {
  let depth = 0;
  let part = '';
  const parts: string[] = [];
  for (const char of message) {
    if (char === '{') {
      if (depth === 0) parts.push(part);
      part = depth === 0 ? '' : part;
      depth++;
    } else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) part += char;
  }
  parts.push(part);
  return parts.map((p) => p.trim()).filter(Boolean);
}

export interface EnglishTexts {
  /** Phrases of three words or more, searched for anywhere in the page's text. */
  readonly phrases: readonly string[];
  /** Whole messages (single words too: "Continue"), matched against whole element texts. */
  readonly whole: ReadonlySet<string>;
}

/** The English interface text of `namespaces`, less what Korean writes the same way (SCCT, PIN). */
export function englishTexts(namespaces: readonly string[]): EnglishTexts {
  const phrases = new Set<string>();
  const whole = new Set<string>();
  for (const namespace of namespaces) {
    const english = read('en', namespace);
    const korean = read('ko', namespace);
    for (const [key, message] of Object.entries(english)) {
      const same = new Set(literals(korean[key] ?? ''));
      for (const part of literals(message)) {
        if (same.has(part) || !/[A-Za-z]{2}/.test(part)) continue;
        // Three words at least: two-word phrases ("at least", "Your team") turn up in English
        // scenario text too; single words and short labels are matched as whole element texts.
        if (/[A-Za-z]+\W+[A-Za-z]+\W+[A-Za-z]+/.test(part)) phrases.add(part);
      }
      if (!message.includes('{') && message !== korean[key] && /^[A-Za-z]/.test(message)) whole.add(message.trim());
    }
  }
  return { phrases: [...phrases], whole };
}

/** The English interface text the page shows now, each with where it was found. */
export async function englishLeft(page: Page, texts: EnglishTexts): Promise<string[]> {
  const shown = await page.evaluate(() => {
    const visible = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const own: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (!visible(element)) continue;
      const text = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '').join('').trim();
      if (text) own.push(text);
    }
    return { all: document.body.innerText, own };
  });
  const found = texts.phrases.filter((phrase) => shown.all.includes(phrase)).map((phrase) => `phrase: ${phrase}`);
  for (const text of shown.own) if (texts.whole.has(text)) found.push(`text: ${text}`);
  return [...new Set(found)];
}

/**
 * Words a Korean screen may show in Latin letters: proper names, codes and units that Korean
 * writes the same way. Anything else of three letters or more is English left behind.
 */
export const LATIN_ALLOWED: readonly string[] = [
  'Crisis', 'Room', // the product's name
  'PIPC', 'KISA', 'MSIT', 'SCCT', 'CPO', 'CEO', 'CTO', 'CISO', 'PIN', 'URL', 'CSV', 'JSON', 'HTML', 'PDF', 'QR', 'ISMS',
  'Coombs', 'Holladay', 'Arpan', 'Roskos', 'Ewoldsen', // authors the references cite
  'English', // the language switch names each language in itself
  'SNS', // Korean's own word for social media (the catalogs' inject kind 'social': SNS)
  'Enter', 'Ctrl', 'Esc', 'Tab', // keys, as printed on the keyboard
  'IDOR', 'API', 'MBA', // the tutorial's own technical terms and audience
  'YAML', 'Markdown', // file formats, named as their makers name them
  'Synthetic', 'Downtime', // titles of scenarios written in English only (named by the play buttons)
  // breach_33m: the US parent's legal name and the US securities regime it files under, which Korean
  // press and counsel cite in Latin letters (Saebit Group, Inc.; SEC Form 8-K, Item 1.05; NYSE; EDGAR).
  'Saebit', 'Group', 'Inc', 'SEC', 'Form', 'Item', 'NYSE', 'EDGAR',
  // The rules its citations name as US counsel print them (17 CFR 232.12, Regulation S-T, Schedule 14N).
  'CFR', 'Regulation', 'Schedule',
  // Foreign regulation and standards by their own acronyms, as Korean practitioners cite them.
  'GDPR', 'EDPB', 'NIST', 'CSF', 'HSEEP',
  // Broadcasters whose names are Latin acronyms in Korean too (KNS is the scenario's invented one).
  'KBS', 'SBS', 'YTN', 'KNS',
  // Technical names a Korean security team writes in Latin letters: a log platform, a token format,
  // an Internet standard, time zones, a currency code, a mail file's extension.
  'SIEM', 'JWT', 'RFC', 'KST', 'UTC', 'FAQ', 'BTC', 'eml',
  // Names cited as their publishers print them: standards bodies (ISO/IEC 27037), the journals the
  // references and citations name (Public Relations Review, Corporate Reputation Review), a
  // broadcaster's channel (KBS World), the numbered instruction of SEC Item 1.05 (Instruction 2),
  // an e-mail header (Received).
  'ISO', 'IEC', 'Public', 'Relations', 'Review', 'Corporate', 'Reputation', 'World', 'Instruction', 'Received',
];

/**
 * Text that may stay in Latin letters on a Korean screen because of where it stands, not what it
 * is: a term of art glossed in brackets after its Korean (흐름 로그(flow log)), a quotation of an
 * English document in quotation marks ("a data exposure affecting ..."), a social-media handle
 * (@minseo_dev) and an id (c0_rotate_preserve in the CSV's choice column, the key id sig-2019-03).
 */
const EXEMPT_SPANS: readonly RegExp[] = [
  /(?<=[\uAC00-\uD7A3]\s?)\([^()\uAC00-\uD7A3]*\)/g,
  /"[A-Za-z][^"]*"|“[A-Za-z][^”]*”/g,
  /@[\w.]+/g,
  /\b\w+_\w+\b/g,
  /\b[A-Za-z]+-\d[\w-]*/g,
  // A digest or key fingerprint (the scenario's hash in a report): hex with a digit, six or more
  // characters. Its letters change with every scenario version ("…3dfca…" is not an English word).
  /\b(?=[0-9a-f]{6,}\b)[0-9a-f]*\d[0-9a-f]*\b/g,
];

/**
 * Latin words of three letters or more the page shows (text and accessible names), less `allowed`.
 * Not counted: verbatim documents (`pre`, `code`: a log excerpt is a code) and text marked as
 * another language (`lang="en"` on an English-only scenario's card says it is English on purpose).
 */
export async function latinWordsLeft(page: Page, allowed: readonly string[] = LATIN_ALLOWED, except: readonly string[] = []): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const exempt = (element: Element): boolean => {
      if (element.closest('pre, code')) return true;
      const marked = element.closest('[lang]');
      return marked !== null && marked !== document.documentElement && !marked.getAttribute('lang')?.startsWith('ko');
    };
    const visible = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // An option has no box of its own: its select's says whether it is shown.
      if (!parent || exempt(parent) || parent.closest('script, style, template, [hidden], [aria-hidden="true"]') || !visible(parent.closest('select') ?? parent)) continue;
      found.push(node.textContent ?? '');
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      if (!visible(element) || exempt(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) found.push(element.getAttribute(name) ?? '');
    }
    return found;
  });
  return latinWordsIn(texts, allowed, except);
}

/**
 * The same count over plain texts (an export's lines, a CSV's cells); `except` are whole strings
 * a test knows to be another language's and says why.
 */
export function latinWordsIn(texts: readonly string[], allowed: readonly string[] = LATIN_ALLOWED, except: readonly string[] = []): string[] {
  const allow = new Set(allowed.map((word) => word.toLowerCase()));
  const left = new Set<string>();
  for (const whole of texts) {
    // The longest first: a short citation can be part of a longer one.
    const text = [...[...except].sort((a, b) => b.length - a.length), ...EXEMPT_SPANS].reduce<string>((rest, span) => (typeof span === 'string' ? rest.split(span).join(' ') : rest.replace(span, ' ')), whole);
    // A URL or an address is a code, not English.
    const words = text.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ').replace(/\S+@\S+\.\S+/g, ' ').match(/[A-Za-z]{3,}/g) ?? [];
    for (const word of words) if (!allow.has(word.toLowerCase()) && !/^CR\d/.test(word)) left.add(word);
  }
  return [...left].sort();
}
