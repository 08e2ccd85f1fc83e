import ky from 'ky';
import { ChatApiError, errorFromResponse, parseAnswer } from './errors.js';
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
  /**
   * Sent as `Idempotency-Key`: the API stores one file per key (per user and session) and answers a repeat with
   * the media it stored. 1 to 255 visible ASCII characters.
   */
  idempotencyKey?: string;
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
 * HTTP/2). Elsewhere (Node): ky's streaming upload progress. `answerTimeout`: once every byte is sent, how long the
 * answer may take (the client's timeout): a server that stored the file and went silent costs that, not the whole
 * upload's timeout.
 */
function sendOnce(url: string, file: Blob, filename: string, token: string | undefined, options: UploadOptions, answerTimeout: number, fetchImpl?: typeof fetch): Promise<UploadResult> {
  const timeout = options.timeout ?? 10 * 60 * 1000;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  const body = new FormData();
  body.append('file', file, filename);
  const progress = fileProgress(file.size, options.onProgress);
  if (typeof XMLHttpRequest === 'undefined') {
    return ky
      .post(url, {
        body,
        headers,
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
    let answerTimer: ReturnType<typeof setTimeout> | undefined;
    let silent = false;
    xhr.open('POST', url);
    xhr.timeout = timeout;
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    // The answer's clock restarts with every sign of the upload moving and runs out `answerTimeout` after the last.
    // Firefox reports a small body's progress and its upload `load` only once an answer starts, so the clock cannot
    // wait for them: it starts at send.
    const rearm = () => {
      clearTimeout(answerTimer);
      answerTimer = setTimeout(() => {
        silent = true;
        xhr.abort();
      }, answerTimeout);
    };
    xhr.upload.onprogress = (e) => {
      rearm();
      progress(e.loaded, e.lengthComputable ? e.total : 0);
    };
    xhr.upload.onload = rearm;
    xhr.onprogress = rearm;
    const done = () => {
      clearTimeout(answerTimer);
      options.signal?.removeEventListener('abort', abort);
    };
    xhr.onload = () => {
      done();
      resolve({ status: xhr.status, text: xhr.responseText, headers: { get: (n) => xhr.getResponseHeader(n) } });
    };
    xhr.onerror = () => {
      done();
      reject(new TypeError('Network error during upload'));
    };
    const tooLong = () => new ChatApiError({ source: 'timeout', code: 'timeout', message: 'The upload took too long.', operationId: OPERATION });
    xhr.ontimeout = () => {
      done();
      reject(tooLong());
    };
    xhr.onabort = () => {
      done();
      reject(silent ? tooLong() : new ChatApiError({ source: 'aborted', code: 'aborted', message: 'The upload was cancelled.', operationId: OPERATION }));
    };
    if (options.signal?.aborted) return xhr.onabort(new ProgressEvent('abort'));
    options.signal?.addEventListener('abort', abort, { once: true });
    xhr.send(body);
    rearm();
  });
}

/** Uploads one file as multipart `file`, with progress, cancel, and one token refresh on 401. */
export async function uploadFile(transport: Transport, path: string, file: Blob, filename: string, options: UploadOptions = {}): Promise<unknown> {
  const url = `${transport.baseUrl}${path}`;
  try {
    const result = await transport.withAuth(
      async (token) => {
        const r = await sendOnce(url, file, filename, token, options, transport.timeout, transport.fetchImpl);
        if (r.status < 200 || r.status >= 300) throw errorFromResponse(r.status, r.headers, r.text, OPERATION);
        return r;
      },
      (e) => e instanceof ChatApiError && e.status === 401,
    );
    // A body cut short (the connection closed mid-answer) is `incomplete_response`: the upload may be stored.
    return parseAnswer(result.text, result.status, OPERATION);
  } catch (error) {
    throw await toChatApiError(error, OPERATION, options.signal);
  }
}
