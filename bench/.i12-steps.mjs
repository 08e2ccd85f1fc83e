import { threadSteps } from './thread-steps.js';
await threadSteps({ runs: 3, before: process.argv.includes("--before") });
