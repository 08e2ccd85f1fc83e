// The code that uploads a file (upload.ts), as the client reaches it. Here (the npm package, Node) at once; the CDN
// build swaps this file for src/loader/cdn-upload-code.ts (scripts/cdn-bundle.js), which takes it from the views file
// that the first open does not download.
import { uploadFile } from './upload.js';

export const uploadCode = (): Promise<typeof uploadFile> => Promise.resolve(uploadFile);
