/**
 * Tells the canvas when the DOM layer may have moved: screens mounted, elements added or
 * restyled, the window resized, a panel scrolled. Reading element boxes only then keeps the frame
 * loop from forcing a layout every frame while the dials' numbers change (those text edits are
 * deliberately not watched: they move nothing).
 */
export class LayoutWatch {
  private dirty = true;
  private readonly mutations: MutationObserver;
  private readonly sizes: ResizeObserver;
  private readonly mark = (): void => {
    this.dirty = true;
  };

  constructor(root: HTMLElement) {
    this.mutations = new MutationObserver(this.mark);
    this.mutations.observe(root, { childList: true, subtree: true, attributes: true });
    this.sizes = new ResizeObserver(this.mark);
    this.sizes.observe(root);
    window.addEventListener('resize', this.mark);
    document.addEventListener('scroll', this.mark, { capture: true, passive: true });
  }

  /** True once after anything that may have moved the layout. */
  changed(): boolean {
    const was = this.dirty;
    this.dirty = false;
    return was;
  }

  dispose(): void {
    this.mutations.disconnect();
    this.sizes.disconnect();
    window.removeEventListener('resize', this.mark);
    document.removeEventListener('scroll', this.mark, { capture: true });
  }
}
