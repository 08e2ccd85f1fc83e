// Checked by tsc with Preact's JSX (scripts/check-framework-types.js): each attribute below must be a type error.
import type {} from '../../../../src/frameworks/preact.js';

export const Bad = () => <kesk-chat mode="vendr" onkesk-unread-change={(e) => e.detail.cout} />;
export const BadOpen = () => <kesk-chat open />;
