import { invalidInput } from '../api/errors.js';
import { checkUpload } from '../api/upload-limits.js';

/**
 * Checks a message before anything is queued, so the composer keeps the text and shows why: not empty, at most
 * 4000 characters and 10 files, no files for a bot that answers (it cannot read them), each file within the API's
 * limits. Throws a `ChatApiError` (`invalid_input`); returns the text as it is sent (trimmed).
 */
export function checkMessage(text: string, files: readonly File[], toBot: boolean): string {
  const content = text.trim();
  if (!content && files.length === 0) {
    throw invalidInput('Write a message or attach a file.');
  }
  if (content.length > 4000) {
    throw invalidInput(`Messages can be at most 4000 characters; this one has ${content.length}.`);
  }
  if (files.length > 10) {
    throw invalidInput('At most 10 files can go with one message.');
  }
  if (files.length && toBot) {
    throw invalidInput('The bot cannot read files. Ask for a person to send them.');
  }
  files.forEach((file) => checkUpload(file));
  return content;
}
