// Checked by tsc with Solid's JSX (scripts/check-framework-types.js): each attribute below must be a type error.
import type {} from '../../../../src/frameworks/solid.js';

export const Bad = () => <kesk-chat mode="vendr" onkesk-unread-change={(e) => e.detail.cout} />;
export const BadOpen = () => <kesk-chat open />;
// Solid sets vendor-location-id as the vendorLocationId property: a string would reach it as a string.
export const BadId = () => <kesk-chat vendor-location-id="501" />;
