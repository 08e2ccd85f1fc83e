/** Where the widget remembers things between visits: `localStorage` in a page. Never holds the token. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * What the widget remembers in the page's storage between visits (the session to resume, the user's own id), tagged
 * with a one-way fingerprint of the token it was learned under: another person signing in on the same browser
 * neither resumes the previous person's conversation nor is taken for them. Never the token itself. A value whose
 * tag or current owner is unknown (a token provider not asked yet) is taken as it is, as before tags existed.
 */
export class Remembered {
  readonly #storage: KeyValueStorage | undefined;
  readonly #owner: () => Promise<string | undefined>;
  /** Writes and removals in the order they were asked for (a write waits for the fingerprint). */
  #chain: Promise<unknown> = Promise.resolve();

  constructor(storage: KeyValueStorage | undefined, owner: () => Promise<string | undefined>) {
    this.#storage = storage;
    this.#owner = owner;
  }

  async get(key: string): Promise<string | undefined> {
    await this.#chain;
    const raw = this.#storage?.getItem(key);
    if (!raw) return undefined;
    const [value, tag] = raw.split(' ');
    if (tag) {
      const owner = await this.#owner().catch(() => undefined);
      if (owner && owner !== tag) return undefined;
    }
    return value;
  }

  set(key: string, value: string): void {
    this.#chain = this.#chain.then(async () => {
      const owner = await this.#owner().catch(() => undefined);
      this.#storage?.setItem(key, owner ? `${value} ${owner}` : value);
    });
  }

  remove(key: string): void {
    this.#chain = this.#chain.then(() => this.#storage?.removeItem(key));
  }
}
