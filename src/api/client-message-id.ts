/** A fresh `client_message_id`: what makes a repeated send safe (the API stores one message per id and session). */
export function newClientMessageId(): string {
  const c = globalThis.crypto;
  // randomUUID exists only in secure contexts; a vendor's http:// page still has getRandomValues.
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
