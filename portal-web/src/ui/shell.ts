import type { I18n } from '../i18n/i18n';

/** One screen of the single-page portal. */
export interface View {
  /** (Re)builds the screen into `container` in the current language. */
  render(container: HTMLElement): void;
  documentTitle(): string;
}

/**
 * Owns the page root: shows one view at a time and re-renders it when the language changes,
 * keeping `<html lang>`, the document title and keyboard focus in step.
 */
export class Shell {
  private view: View | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly i18n: I18n,
  ) {
    i18n.onChange(() => this.refresh(true));
    document.documentElement.lang = i18n.locale;
  }

  show(view: View): void {
    this.view = view;
    this.refresh(false);
  }

  private refresh(keepFocus: boolean): void {
    if (!this.view) {
      return;
    }
    document.documentElement.lang = this.i18n.locale;
    const focused = keepFocus && document.activeElement instanceof HTMLElement ? document.activeElement.dataset.testid : undefined;
    this.view.render(this.root);
    document.title = this.view.documentTitle();
    if (focused) {
      this.root.querySelector<HTMLElement>(`[data-testid="${CSS.escape(focused)}"]`)?.focus();
    }
  }
}
