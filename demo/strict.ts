// The strict demo page's only script (from 'self'): counts Content-Security-Policy violations, Trusted Types ones
// included, and registers the widget. No page chrome from demo.ts here: it writes HTML strings, which this page's
// policy refuses.
import '../src/define.ts';

const output = document.getElementById('violations')!;
let count = 0;
document.addEventListener('securitypolicyviolation', (event) => {
  count++;
  output.textContent = String(count);
  console.warn('CSP violation:', event.violatedDirective, event.blockedURI, event.sample);
});
