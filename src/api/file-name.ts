// File names as people should see them. A name is the sender's text, and the classic trick is to make it lie about
// its type: "invoice\u202Efdp.exe" (a right-to-left override) shows as "invoiceexe.pdf", and "report.pdf" followed by
// many spaces and ".exe" shows as "report.pdf…" once the end is cut off. Browsers and mail clients strip these
// characters from names they save to disk; we do the same before showing one, and never cut off its extension.

// Bidirectional controls (embeddings, overrides, isolates, marks), zero-width and other invisible format characters,
// C0/C1 controls.
const INVISIBLE = /[\0-\x1f\x7f-\x9f\xad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\u206a-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]/g;

/** The name without invisible and direction-changing characters, its runs of spaces as one, trimmed. */
export function cleanFileName(name: string): string {
  return String(name ?? '')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `cleanFileName`, and at most `max` characters: a longer name loses the middle of its stem, never its extension
 * ("a-very-long-name…final.pdf.exe" keeps ".exe" in sight).
 */
export function displayFileName(name: string, max = 40): string {
  const clean = cleanFileName(name);
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 12 ? [...clean.slice(dot)] : [];
  const room = Math.max(max - ext.length - 1, 2);
  const head = Math.ceil(room * 0.6);
  const stem = chars.slice(0, chars.length - ext.length);
  return `${stem.slice(0, head).join('')}…${stem.slice(stem.length - (room - head)).join('')}${ext.join('')}`;
}

/**
 * The name to save a file under (a link's `download` attribute): `cleanFileName` of the last segment after any `/`
 * or `\`, so "../../photo.png" or "C:\fakepath\photo.png" saves as "photo.png" in every browser instead of each
 * mangling the path its own way. '' when nothing usable remains ("..", "dir/"): the browser then names the file
 * from its URL.
 */
export function downloadFileName(name: string): string {
  const base = cleanFileName(name).split(/[\\/]/).pop()!.trim();
  return /^\.*$/.test(base) ? '' : base;
}
