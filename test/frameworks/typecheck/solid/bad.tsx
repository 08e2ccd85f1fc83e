// Checked by tsc with Solid's JSX (scripts/check-framework-types.js): each attribute below must be a type error.
import type {} from '../../../../src/frameworks/solid.js';

export const Bad = () => <kesk-chat mode="vendr" onkesk-unread-change={(e) => e.detail.cout} />;
export const BadOpen = () => <kesk-chat open />;
