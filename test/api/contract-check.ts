// Checks client responses against the OpenAPI document's schemas, with the same validator the emulator uses.
import { validate } from '../../emulator/schema-validator.js';

type Doc = {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
};

let docPromise: Promise<Doc> | undefined;

export function loadContract(): Promise<Doc> {
  docPromise ??= fetch('/contract/openapi.json').then((r) => r.json() as Promise<Doc>);
  return docPromise;
}

/** Every operationId of the contract. */
export async function operationIds(): Promise<string[]> {
  const doc = await loadContract();
  return Object.values(doc.paths).flatMap((item) =>
    Object.values(item)
      .filter((op) => op && typeof op === 'object' && 'operationId' in op)
      .map((op) => op.operationId),
  );
}

/** Problems of `value` against the 200 response schema of `operationId` (empty when it conforms). */
export async function responseProblems(operationId: string, value: unknown): Promise<Array<{ field: string; message: string }>> {
  const doc = await loadContract();
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) {
      if (op?.operationId !== operationId) continue;
      const schema = op.responses['200']?.content?.['application/json']?.schema;
      if (!schema) throw new Error(`${operationId} has no JSON 200 response in the contract`);
      return validate(schema as object, value, doc);
    }
  }
  throw new Error(`No operation ${operationId} in the contract`);
}
