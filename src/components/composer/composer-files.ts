import { checkUpload } from '../../api/upload-limits.js';

/** How many files one message may carry (the API's limit). */
export const MAX_FILES = 10;

export interface FilesAdded {
  files: File[];
  /** Why some files were not added, one sentence each, naming the limit. */
  refused: { file: File; error: unknown }[];
  tooMany: boolean;
}

const same = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/**
 * Adds `added` to `current`, checking each file against the API's type and size limits before any byte is
 * sent: refused files are left out with the reason, duplicates are skipped, and no more than `MAX_FILES` are kept.
 */
export function addFiles(current: readonly File[], added: Iterable<File>): FilesAdded {
  const files = [...current];
  const refused: FilesAdded['refused'] = [];
  let tooMany = false;
  for (const file of added) {
    if (files.some((f) => same(f, file))) continue;
    try {
      checkUpload(file);
    } catch (error) {
      refused.push({ file, error });
      continue;
    }
    if (files.length >= MAX_FILES) tooMany = true;
    else files.push(file);
  }
  return { files, refused, tooMany };
}

/** Whether a drag carries files (and not only text or a link). */
export function carriesFiles(event: DragEvent): boolean {
  return !!event.dataTransfer?.types.includes('Files');
}
