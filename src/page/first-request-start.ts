// Imported first by src/define.ts: the CDN widget's first API request starts before the elements' modules run.
import { startFirstRequest } from './first-request.js';

startFirstRequest();
