// The Content-Security-Policy the widget promises to work under without a single violation (docs/security.md):
// no inline script or style, no eval, and Trusted Types for every script sink. The strict demo page and the
// strict-page test suite are served with it.
export const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
