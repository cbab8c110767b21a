/**
 * Roles at the table. Four are built in, so a short scenario can write `to: [legal]` without
 * declaring anything; a scenario declares a built-in id again to re-label it or give it a brief,
 * and declares its own roles with a label.
 */
import type { Beat, Deadline, Inject, Question, Role, Scenario, Text, Trigger } from './types.ts';
import type { NormaliseContext } from './context.ts';
import { injectSites } from './outcome-sites.ts';
import { questionSites } from './question-sites.ts';
import type { Path } from './path.ts';
import { asList, asObject, asOptionalText, asString, asText, has, type Raw } from './read.ts';

/**
 * The built-in role ids with their default labels, in the order a briefing lists them. The labels
 * come in every interface language, so a scenario that only addresses `legal` still reads right in
 * Korean.
 */
export const BUILT_IN_ROLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ceo: { en: 'Chief executive', ko: '대표이사' },
  legal: { en: 'General counsel', ko: '법무 총괄' },
  ciso: { en: 'Chief information security officer', ko: '정보보호최고책임자' },
  comms: { en: 'Communications lead', ko: '홍보 책임자' },
};

/** Whether `id` is one of the built-in roles. */
export function isBuiltInRole(id: string): boolean {
  return Object.hasOwn(BUILT_IN_ROLES, id);
}

/**
 * A built-in role's label as the scenario's own texts are: a plain string when it declares one
 * language, else a map of the declared languages we have a label in, default first.
 */
export function builtInLabel(id: string, languages: readonly string[]): Text {
  const labels = BUILT_IN_ROLES[id];
  return labels ? labelIn(labels, languages) : '';
}

/** A built-in label (a role's, a category's) as a text of the scenario's declared languages. */
export function labelIn(labels: Readonly<Record<string, string>>, languages: readonly string[]): Text {
  const known = languages.filter((lang) => Object.hasOwn(labels, lang));
  if (known.length <= 1) return labels[known[0] ?? 'en'] ?? '';
  return Object.fromEntries(known.map((lang) => [lang, labels[lang] ?? '']));
}

/** The declared roles, in file order and in place (paths stay valid), built-in labels filled in. */
export function readRoles(raw: Raw, cx: NormaliseContext): Role[] {
  return asList(raw['roles']).map((v) => {
    const o = asObject(v);
    const id = asString(o['id']);
    const brief = asOptionalText(o['brief'], cx.languages);
    return {
      id,
      // A role of the scenario's own left without a label reads '' (checkRoles reports it).
      label: has(o, 'label') ? asText(o['label'], cx.languages) : builtInLabel(id, cx.languages),
      ...(brief !== undefined && { brief }),
    };
  });
}

/**
 * The scenario with its roles in play: the declared ones, then each built-in role an inject
 * addresses or a question is for without a declaration (in built-in order), so every `to` and
 * every question's `role` resolves to a label.
 */
export function withAddressedRoles(s: Scenario): Scenario {
  const declared = new Set(s.roles.map((r) => r.id));
  const addressed = new Set([
    ...injectSites(s).flatMap(([inject]) => inject.to ?? []),
    ...questionSites(s).flatMap(([question]) => question.role ?? []),
  ]);
  const implicit = Object.keys(BUILT_IN_ROLES)
    .filter((id) => addressed.has(id) && !declared.has(id))
    .map((id): Role => ({ id, label: builtInLabel(id, s.languages) }));
  return implicit.length === 0 ? s : { ...s, roles: [...s.roles, ...implicit] };
}

/** The role a discussion question is for; null when it is for the whole room. */
export function questionRole(s: Scenario, question: Question): Role | null {
  return question.role === undefined ? null : (s.roles.find((r) => r.id === question.role) ?? null);
}

/** Questions for one role (`role` null: for the whole room), for the console and the guides. */
export interface RoleQuestions {
  readonly role: Role | null;
  readonly questions: readonly Text[];
}

/**
 * Questions grouped by whom they are for: the room's first, then each role's in the order the
 * scenario lists its roles; a group only when it has a question, each keeping the file's order.
 */
export function questionsByRole(s: Scenario, questions: readonly Question[]): RoleQuestions[] {
  const groups = [null, ...s.roles].map((role) => ({
    role,
    questions: questions.filter((q) => (q.role ?? null) === (role?.id ?? null)).map((q) => q.text),
  }));
  return groups.filter((g) => g.questions.length > 0);
}

/** The roles an inject is addressed to, in the order it names them; empty for the whole room. */
export function addressees(s: Scenario, inject: Inject): Role[] {
  return (inject.to ?? []).flatMap((id) => s.roles.find((r) => r.id === id) ?? []);
}

/**
 * Where an addressed inject comes from: a beat, a trigger, a deadline missed or met deficiently
 * (`outcome` says which of its two injects it is), or the facilitator.
 */
export type InjectSource =
  | { readonly kind: 'beat'; readonly beat: Beat }
  | { readonly kind: 'trigger'; readonly trigger: Trigger }
  | { readonly kind: 'deadline'; readonly deadline: Deadline; readonly outcome: 'missed' | 'deficient' }
  | { readonly kind: 'optional' };

/** Every inject addressed to a role, in file order, with where it comes from (for role cards). */
export function injectsFor(
  s: Scenario,
  roleId: string,
): { inject: Inject; source: InjectSource }[] {
  return injectSites(s).flatMap(([inject, path]) => {
    const source = (inject.to ?? []).includes(roleId) ? sourceAt(s, path) : null;
    return source === null ? [] : [{ inject, source }];
  });
}

/** The declaration an inject site's path starts in (see injectSites). */
function sourceAt(s: Scenario, path: Path): InjectSource | null {
  const [list, index, part] = path;
  if (typeof index !== 'number') return null;
  if (list === 'beats') {
    const beat = s.beats[index];
    return beat ? { kind: 'beat', beat } : null;
  }
  if (list === 'triggers') {
    const trigger = s.triggers[index];
    return trigger ? { kind: 'trigger', trigger } : null;
  }
  if (list === 'deadlines') {
    const deadline = s.deadlines[index];
    // injectSites puts a deadline's injects under ['deadlines', i, 'missed' | 'deficient', 'inject'].
    return deadline ? { kind: 'deadline', deadline, outcome: part === 'deficient' ? 'deficient' : 'missed' } : null;
  }
  return list === 'optional_injects' ? { kind: 'optional' } : null;
}
