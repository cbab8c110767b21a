import type english from './locales/en/index.ts';

/** The English catalog's shape: the reference every other language is checked against. */
export type Catalog = typeof english;

export type Namespace = keyof Catalog;

/** Every message id, "namespace.key", known at compile time: a misspelt key is a type error. */
export type MessageKey = { [N in Namespace]: `${N}.${keyof Catalog[N] & string}` }[Namespace];
