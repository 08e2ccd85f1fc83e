// The CDN build's files by their names without the content hash (scripts/cdn-bundle.js names them
// `kesk-chat.en.ZFx6WKxJjY.js`, `kesk-chat-widget.S3EioxQBsP.js`; its list is dist/cdn/kesk-chat.files.json).

export interface CdnEntry {
  file: string;
  kind: 'loader' | 'boot' | 'alias' | 'widget' | 'chunk' | 'lazy' | 'locale';
  name?: string;
  lang?: string;
  integrity: string;
}

let list: Promise<CdnEntry[]> | undefined;

/** dist/cdn/kesk-chat.files.json: every file of the build with its integrity. */
export function cdnFiles(): Promise<CdnEntry[]> {
  return (list ??= fetch('/dist/cdn/kesk-chat.files.json').then((r) => {
    if (!r.ok) throw new Error('dist/cdn is not built (npm run build:cdn)');
    return r.json();
  }));
}

/** The file of dist/cdn of a kind (and name: `en`, `session-list`, …). */
export async function cdnFile(kind: CdnEntry['kind'], name?: string): Promise<CdnEntry> {
  const found = (await cdnFiles()).find((f) => f.kind === kind && (name === undefined || f.name === name));
  if (!found) throw new Error(`dist/cdn has no ${kind} ${name ?? ''}`);
  return found;
}

/** A path with its content hash taken out: `/dist/cdn/kesk-chat.en.ZFx6WKxJjY.js` → `/dist/cdn/kesk-chat.en.js`. */
export const unhashed = (path: string) => path.replace(/\.[\w-]{8}\.js$/, '.js');
