/**
 * The one way the UI builds elements. Children given as strings become text nodes, so scenario
 * text can never turn into markup: there is no path from a string to innerHTML here.
 */

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  /** Space-separated class names. */
  readonly class?: string;
  /** Attributes (`role`, `aria-*`, `data-*`, `type`...). `false`/`null` leave it out. */
  readonly attrs?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  readonly on?: { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props?.class) element.className = props.class;
  for (const [name, value] of Object.entries(props?.attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(props?.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's text; never parses it. */
export function setText(element: Element, text: string): void {
  const node = element.firstChild;
  // Editing the text node in place is a characterData change, not a new child: observers of the
  // layout (graphics/layout-watch.ts) rightly ignore it.
  if (node instanceof Text && node === element.lastChild) {
    if (node.data !== text) node.data = text;
  } else if (element.textContent !== text) element.textContent = text;
}

/** Removes every child. */
export function clear(element: Element): void {
  element.replaceChildren();
}

/** A button with visible text; `label` overrides the accessible name when the text is terse. */
export function button(
  text: Child | readonly Child[],
  onClick: () => void,
  options: { class?: string; label?: string; attrs?: Props['attrs'] } = {},
): HTMLButtonElement {
  const kids = Array.isArray(text) ? (text as readonly Child[]) : [text as Child];
  return h(
    'button',
    {
      class: options.class ?? 'btn',
      attrs: { type: 'button', 'aria-label': options.label, ...options.attrs },
      on: { click: () => onClick() },
    },
    ...kids,
  );
}
