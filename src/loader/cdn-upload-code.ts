// The CDN build's src/api/upload-code.ts: uploading a file is code the first open does not run, so it ships in the
// views file (scripts/view-chunks.js), fetched ahead on idle once the panel opens. A load that fails (offline) fails
// the upload with an error that is no answer of the API's: the outbox keeps the message and its files (the file
// "Waiting"), and tries again (test/build/cdn-views.test.ts).
import type { uploadFile } from '../api/upload.js';
import { viewsFile } from './cdn-views-file.js';

export const uploadCode = async (): Promise<typeof uploadFile> => (await viewsFile<{ uploadFile: typeof uploadFile }>()).uploadFile;
