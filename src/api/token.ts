/**
 * Supplies bearer tokens. Called with `refresh: false` for the first request and with `refresh: true` after
 * the API answered 401, when the provider should fetch a fresh token rather than return a cached one.
 */
export type TokenProvider = (context: { refresh: boolean }) => string | Promise<string>;

/** Holds the current token; on a 401 asks the provider once, shared by every request that saw the same token. */
export class TokenSource {
  #provider?: TokenProvider;
  #token?: string;
  #pending?: Promise<string | undefined>;

  constructor(token?: string | TokenProvider) {
    this.set(token);
  }

  set(token: string | TokenProvider | undefined): void {
    this.#pending = undefined;
    if (typeof token === 'function') {
      this.#provider = token;
      this.#token = undefined;
    } else {
      this.#provider = undefined;
      this.#token = token || undefined;
    }
  }

  get canRefresh(): boolean {
    return this.#provider !== undefined;
  }

  async get(): Promise<string | undefined> {
    if (this.#token !== undefined) return this.#token;
    if (!this.#provider) return undefined;
    return this.#ask(false);
  }

  /** A fresh token after `stale` was refused; callers that saw the same stale token share one call. */
  async refresh(stale: string | undefined): Promise<string | undefined> {
    if (!this.#provider) return undefined;
    if (this.#token !== undefined && this.#token !== stale) return this.#token;
    this.#token = undefined;
    return this.#ask(true);
  }

  #ask(refresh: boolean): Promise<string | undefined> {
    const provider = this.#provider!;
    this.#pending ??= Promise.resolve()
      .then(() => provider({ refresh }))
      .then(
        (token) => {
          if (this.#provider === provider) this.#token = token || undefined;
          return token || undefined;
        },
      )
      .finally(() => {
        this.#pending = undefined;
      });
    return this.#pending;
  }
}
