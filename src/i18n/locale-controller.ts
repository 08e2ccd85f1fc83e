import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { intlLocale, loadLocale, pageIsRtl, resolveLang, RTL, tablesOf, type ElementName, type Lang, type TermTables } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element its strings in the reader's language: `this.#l10n.terms` is typed like the English table. It
 * watches `lang` and `dir` on the element, its shadow hosts and the document element, loads a language's tables the first
 * time it is needed, and re-renders the host when they arrive. Until then (and for unsupported languages) the
 * strings are English.
 */
export class LocaleController<N extends ElementName> implements ReactiveController {
  readonly #host: Host;
  readonly #name: N;
  readonly #english: TermTables[N];
  #lang: Lang = 'en';
  #locale = 'en';
  #rtl = false;
  #observer?: MutationObserver;

  constructor(host: Host, name: N, english: TermTables[N]) {
    this.#host = host;
    this.#name = name;
    this.#english = english;
    host.addController(this);
  }

  /** The supported language the host speaks (`en`, `es`, `de`, `fr`, `ar`). */
  get lang(): Lang {
    return this.#lang;
  }

  /** The locale for `Intl` (same language as the strings, with the page's region). */
  get locale(): string {
    return this.#locale;
  }

  /** Right to left: the language is written so (Arabic), or the page lays the host out so (`dir="rtl"` above it). */
  get rtl(): boolean {
    return this.#rtl;
  }

  /** The host's strings: the resolved language's table once loaded, English until then. */
  get terms(): TermTables[N] {
    return (this.#lang === 'en' ? undefined : tablesOf(this.#lang)?.[this.#name]) ?? this.#english;
  }

  hostConnected(): void {
    this.#resolve();
    this.#observer = new MutationObserver(() => this.#resolve());
    // Each tree between the host and the document: a change of `lang` anywhere above the host can apply.
    let node: Node = this.#host;
    for (;;) {
      const root = node.getRootNode();
      this.#observer.observe(root instanceof Document ? root.documentElement : root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
      if (!(root instanceof ShadowRoot)) break;
      node = root.host;
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #resolve(): void {
    const lang = resolveLang(this.#host);
    const locale = intlLocale(this.#host);
    const rtl = RTL.has(lang) || pageIsRtl(this.#host);
    if (lang === this.#lang && locale === this.#locale && rtl === this.#rtl) return;
    this.#lang = lang;
    this.#locale = locale;
    this.#rtl = rtl;
    this.#host.requestUpdate();
    if (!tablesOf(lang)) {
      loadLocale(lang).then(
        () => {
          if (this.#lang === lang) this.#host.requestUpdate();
        },
        () => undefined, // offline or blocked: stay in English
      );
    }
  }
}
