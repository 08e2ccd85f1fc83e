// The request log behind `GET /__emulator/log`: one entry per `/v1` request, so a test can see what its client
// really sent (retries, idempotency keys reaching the server twice, faults that fired).

const MAX_ENTRIES = 5000;

export function createRequestLog() {
  let records = [];
  let nextId = 1;

  return {
    /**
     * Adds an entry for a request that has started (status 0 while it is in flight); the returned handle
     * fills in how it ended.
     * @param {{ method: string, path: string, operationId: string | null, token: string | null }} request
     */
    start({ method, path, operationId, token }) {
      const startedAt = Date.now();
      const entry = {
        id: nextId++,
        time: new Date(startedAt).toISOString(),
        method,
        path,
        operation_id: operationId,
        status: 0,
        duration_ms: 0,
        user_id: null,
        fault: 'none',
      };
      // The token stays out of the entry but lets `?token=` pick a test's own requests.
      records.push({ entry, token });
      if (records.length > MAX_ENTRIES) records = records.slice(-MAX_ENTRIES);
      return {
        set(fields) {
          Object.assign(entry, fields);
        },
        /** Records the outcome; `status` 0 means no answer was sent (hang, drop, client gone). */
        finish(status) {
          entry.status = status;
          entry.duration_ms = Date.now() - startedAt;
        },
      };
    },

    /** @param {{ since?: number, token?: string | null }} filter */
    query({ since = 0, token = null } = {}) {
      return records
        .filter((r) => r.entry.id > since && (token === null || r.token === token))
        .map((r) => ({ ...r.entry }));
    },

    clear() {
      records = [];
    },
  };
}
