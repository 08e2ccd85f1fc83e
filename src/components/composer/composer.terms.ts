// Every visible string and accessible name of <kesk-composer>, for a later localisation pass.
import type { ChatMode } from '../../state/conversation-store.js';

export const terms = {
  placeholder: (mode: ChatMode): string => (mode === 'assistant' ? 'Ask a question…' : 'Write a message…'),
  inputLabel: 'Message',
  editInputLabel: 'Edit message',
  send: 'Send',
  save: 'Save',
  attach: 'Attach files',
  remove: (name: string) => `Remove ${name}`,
  attachments: 'Attachments',
  editing: 'Editing message',
  cancelEdit: 'Cancel',
  cancelEditLabel: 'Cancel editing',
  drop: 'Drop files to attach',
  counter: (length: number, max: number) => `${length} / ${max}`,
  counterLabel: (length: number, max: number) => `${length} of ${max} characters`,
  tooManyFiles: (max: number) => `At most ${max} files can go with one message.`,
  noFilesForBot: 'The bot cannot read files. Ask for a person to send them.',
  noFilesWhileEditing: 'Files cannot be added to a message being edited.',
};
