import ky from 'ky';
import { ChatApiError, errorFromResponse } from './errors.js';
import type { Transport } from './transport.js';
import { toChatApiError } from './transport.js';

export interface UploadProgress {
  /** Bytes of the file sent so far, from 0 to `total`. */
  loaded: number;
  /** The file's size. */
  total: number;
}

export interface UploadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: UploadProgress) => void;
  /** Milliseconds before the upload is abandoned; default 10 minutes. */
  timeout?: number;
}

interface UploadResult {
  status: number;
  text: string;
  headers: { get(name: string): string | null };
}

const OPERATION = 'uploadChatMedia';

/**
 * The request's progress as the file's: browsers report the multipart body (the file plus its framing), and not
 * alike — WebKit reports the whole body at once, as it hands it to its network process. Scaled to the file's size,
 * the shopper sees the file's bytes go from 0 to its size, with the same total from first to last, never backwards.
 */
function fileProgress(size: number, onProgress: ((progress: UploadProgress) => void) | undefined) {
  let loaded = 0;
  return (sent: number, bodyTotal: number) => {
    if (bodyTotal > 0) onProgress?.({ loaded: (loaded = Math.max(loaded, Math.round((size * sent) / bodyTotal))), total: size });
  };
}

/**
 * Browsers: XMLHttpRequest, the one API that reports upload progress over HTTP/1.1 (fetch upload streams need
 * HTTP/2). Elsewhere (Node): ky's streaming upload progress.
 */
function sendOnce(url: string, file: Blob, filename: string, token: string | undefined, options: UploadOptions, fetchImpl?: typeof fetch): Promise<UploadResult> {
  const timeout = options.timeout ?? 10 * 60 * 1000;
  const body = new FormData();
  body.append('file', file, filename);
  const progress = fileProgress(file.size, options.onProgress);
  if (typeof XMLHttpRequest === 'undefined') {
    return ky
      .post(url, {
        body,
        headers: token ? { Authorization: `Bearer ${token}` } : {},
        signal: options.signal,
        timeout,
        retry: 0,
        throwHttpErrors: false,
        fetch: fetchImpl,
        onUploadProgress: (p) => progress(p.transferredBytes, p.totalBytes),
      })
      .then(async (r) => ({ status: r.status, text: await r.text(), headers: r.headers }));
  }
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    xhr.open('POST', url);
    xhr.timeout = timeout;
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => progress(e.loaded, e.lengthComputable ? e.total : 0);
    const done = () => options.signal?.removeEventListener('abort', abort);
    xhr.onload = () => {
      done();
      resolve({ status: xhr.status, text: xhr.responseText, headers: { get: (n) => xhr.getResponseHeader(n) } });
    };
    xhr.onerror = () => {
      done();
      reject(new TypeError('Network error during upload'));
    };
    xhr.ontimeout = () => {
      done();
      reject(new ChatApiError({ source: 'timeout', code: 'timeout', message: 'The upload took too long.', operationId: OPERATION }));
    };
    xhr.onabort = () => {
      done();
      reject(new ChatApiError({ source: 'aborted', code: 'aborted', message: 'The upload was cancelled.', operationId: OPERATION }));
    };
    if (options.signal?.aborted) return xhr.onabort(new ProgressEvent('abort'));
    options.signal?.addEventListener('abort', abort, { once: true });
    xhr.send(body);
  });
}

/** Uploads one file as multipart `file`, with progress, cancel, and one token refresh on 401. */
export async function uploadFile(transport: Transport, path: string, file: Blob, filename: string, options: UploadOptions = {}): Promise<unknown> {
  const url = `${transport.baseUrl}${path}`;
  try {
    const result = await transport.withAuth(
      async (token) => {
        const r = await sendOnce(url, file, filename, token, options, transport.fetchImpl);
        if (r.status < 200 || r.status >= 300) throw errorFromResponse(r.status, r.headers, r.text, OPERATION);
        return r;
      },
      (e) => e instanceof ChatApiError && e.status === 401,
    );
    return JSON.parse(result.text);
  } catch (error) {
    throw await toChatApiError(error, OPERATION, options.signal);
  }
}
