// Everything that reads an answer with a schema (valibot and the schemas of the error envelope and
// the inventory), as one chunk. Never imported statically by the request path: loadReaders.ts
// fetches it while the first request gets its token, so a page paints without it.
export { errorKeyOf, redact, toError } from './errorBody.js';
export { parseInventoryResponse } from './inventoryParse.js';
