// Small valid files built in the test, so uploads carry real bytes of the right kind.

/** A 1×1 PNG, optionally padded past its end to reach `size` bytes. */
export function png(name = 'pixel.png', size?: number): File {
  const bytes = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
    (c) => c.charCodeAt(0),
  );
  const padded = new Uint8Array(Math.max(size ?? 0, bytes.length));
  padded.set(bytes);
  return new File([padded], name, { type: 'image/png' });
}

/** A file of `size` bytes with the given name and type; content is irrelevant to the API. */
export function blobFile(name: string, size: number, type = 'application/octet-stream'): File {
  return new File([new Uint8Array(size).fill(65)], name, { type });
}
