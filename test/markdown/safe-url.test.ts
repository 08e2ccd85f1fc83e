import { expect } from '@open-wc/testing';
import { safeHref, safeSrc } from '../../src/markdown/index.js';
import { safeFileHref } from '../../src/markdown/safe-url.js';

describe('safeHref', () => {
  const allowed: [string, string][] = [
    ['https://example.com', 'https://example.com/'],
    ['http://example.com/a?b=c#d', 'http://example.com/a?b=c#d'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['  https://example.com/x  ', 'https://example.com/x'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['https://example.com/?q=a&amp;b=c', 'https://example.com/?q=a&b=c'],
    ['mailto:help@kesk.example', 'mailto:help@kesk.example'],
    ['MAILTO:help@kesk.example?subject=Hi', 'mailto:help@kesk.example?subject=Hi'],
    ['tel:+31201234567', 'tel:+31201234567'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ['https://exa\u200bmple.com/', 'https://example.com/'],
    ['https\u202e://example.com', 'https://example.com/'],
  ];
  for (const [input, output] of allowed) {
    it(`allows ${JSON.stringify(input)}`, () => expect(safeHref(input)).to.equal(output));
  }

  const rejected = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\0script:alert(1)',
    '\u0001javascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#0000106avascript:alert(1)',
    'javascript&colon;alert(1)',
    'java&Tab;script:alert(1)',
    '&amp;#106;avascript:alert(1)',
    '%6Aavascript:alert(1)',
    '%6A avascript:alert(1)',
    'javascript%3Aalert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'file:///etc/passwd',
    'blob:https://example.com/uuid',
    'about:blank',
    '//evil.example',
    '\\\\evil.example',
    '/relative/path',
    './x',
    '#fragment',
    '?q=1',
    'https:',
    'http://',
    'ht tps://example.com',
    '',
  ];
  for (const input of rejected) {
    it(`rejects ${JSON.stringify(input)}`, () => expect(safeHref(input)).to.equal(undefined));
  }

  it('is stable: a returned href passes again unchanged', () => {
    for (const [input] of allowed) {
      const href = safeHref(input)!;
      expect(safeHref(href)).to.equal(href);
    }
  });

  it('does not throw on odd input', () => {
    expect(safeHref(undefined as unknown as string)).to.equal(undefined);
    expect(safeHref('&#99999999999;https://x')).to.equal(undefined);
    expect(safeHref('h'.repeat(100000))).to.equal(undefined);
  });
});

// One rule for every URL the widget shows (src/markdown/safe-url.ts): the same reading everywhere, absolute only,
// then what each use allows. Each input below is either refused by all three or kept as the same string.
describe('one URL rule: safeHref, safeFileHref, safeSrc', () => {
  const API = `${location.origin}/v1`;
  const cases: { input: unknown; href?: string; file?: string; src?: string }[] = [
    { input: 'https://cdn.example/a.png', href: 'https://cdn.example/a.png', file: 'https://cdn.example/a.png' },
    { input: `${location.origin}/v1/files/1/s/a.png`, href: `${location.origin}/v1/files/1/s/a.png`, file: `${location.origin}/v1/files/1/s/a.png`, src: `${location.origin}/v1/files/1/s/a.png` },
    { input: ` ${location.origin}/v1/files/1/s/b\u200b.png `, href: `${location.origin}/v1/files/1/s/b.png`, file: `${location.origin}/v1/files/1/s/b.png`, src: `${location.origin}/v1/files/1/s/b.png` },
    { input: 'mailto:help@kesk.example', href: 'mailto:help@kesk.example' },
    { input: 'tel:+31201234567', href: 'tel:+31201234567' },
    // Never resolved against the page or the API: relative, protocol-relative and disguised schemes are nothing.
    { input: '/v1/files/1/s/a.png' },
    { input: 'files/1/s/a.png' },
    { input: '../../account' },
    { input: '?download=1' },
    { input: '#top' },
    { input: `//${location.host}/v1/files/1/s/a.png` },
    { input: '&#106;avascript:alert(1)' },
    { input: '&#x6A&#x61vascript:alert(1)' },
    { input: 'javascript&colon;alert(1)' },
    { input: '%6Aavascript:alert(1)' },
    { input: 'java\tscript:alert(1)' },
    { input: 'javascript:alert(1)' },
    { input: 'data:image/png;base64,AAAA' },
    { input: 'blob:https://x/1' },
    { input: 'file:///etc/passwd' },
    { input: '' },
    // What a buggy backend sends instead of a string.
    { input: null },
    { input: undefined },
    { input: 42 },
    { input: { href: 'https://cdn.example/a.png' } },
    { input: ['https://cdn.example/a.png'] },
  ];
  for (const { input, href, file, src } of cases) {
    it(`reads ${JSON.stringify(input) ?? String(input)} the same way for links, files and sources`, () => {
      expect(safeHref(input), 'link').to.equal(href);
      expect(safeFileHref(input), 'file').to.equal(file);
      expect(safeSrc(input, API), 'source').to.equal(src);
    });
  }
});
