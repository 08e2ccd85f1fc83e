// The package's entry: the typed API client. The widget's elements arrive with the next milestone.
export * from './api/index.js';
