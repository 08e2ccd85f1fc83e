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

  /** The token at hand, without asking a provider for one. */
  peek(): string | undefined {
    return this.#token;
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

/**
 * A short one-way fingerprint of a token (16 hex digits of its SHA-256; FNV-1a where a plain-http page has no
 * SubtleCrypto): tells whether two tokens are the same without keeping either, so what a widget stores for
 * one token is never used with another.
 */
export async function tokenFingerprint(token: string): Promise<string> {
  const bytes = new TextEncoder().encode(token);
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
    return Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}
