// The checks of `npm run docs:check` fail when they should: a stale custom-elements.json, a stale, missing or
// left-over reference page, a stale exportparts module, a custom property the CSS reads that no element documents,
// a broken link. Each runs the script as `npm run docs:check` does, on a copy it spoils.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cssPropertyProblems, documentedProperties, readProperties } from '../../scripts/check-cssprops.js';
import { brokenLinks, readmeProblems } from '../../scripts/check-doc-links.js';
import { exportedParts } from '../../scripts/exported-parts.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'kesk-docs-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const run = (script, ...args) => spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8' });

/** A fresh copy of docs/reference, written by the generator itself. */
function reference() {
  const dir = mkdtempSync(join(scratch, 'reference-'));
  assert.equal(run('reference-pages.js', '--out', dir).status, 0);
  return dir;
}

describe('the manifest check', () => {
  it('passes on the committed custom-elements.json, and fails on a stale one, saying what to run', () => {
    assert.equal(run('check-manifest.js').status, 0, 'custom-elements.json is up to date');
    // The analyzer would point package.json at its temporary output.
    assert.equal(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).customElements, 'custom-elements.json');
    const stale = join(scratch, 'stale-manifest.json');
    writeFileSync(stale, JSON.stringify(manifest, null, 2).replace('"description": "', '"description": "Old words. '));
    const result = run('check-manifest.js', '--against', stale);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /does not match the elements' JSDoc \(first difference at line \d+/);
    assert.match(result.stderr, /npm run docs/);
  });
});

describe('the element reference check', () => {
  it('passes on the pages the generator writes, and they are the ones in docs/reference', () => {
    const dir = reference();
    assert.equal(run('reference-pages.js', '--check', '--out', dir).status, 0);
    assert.equal(run('reference-pages.js', '--check').status, 0, 'docs/reference is up to date');
    assert.equal(readFileSync(join(dir, 'kesk-thread.md'), 'utf8'), readFileSync(join(root, 'docs/reference/kesk-thread.md'), 'utf8'));
  });

  it('fails on a stale page, naming it', () => {
    const dir = reference();
    const page = join(dir, 'kesk-composer.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('| `input` |', '| `textarea` |'));
    const result = run('reference-pages.js', '--check', '--out', dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /kesk-composer\.md is stale/);
    assert.match(result.stderr, /npm run docs/);
  });

  it('fails on a missing page and on a page of an element that is gone', () => {
    const dir = reference();
    rmSync(join(dir, 'kesk-launcher.md'));
    writeFileSync(join(dir, 'kesk-old-widget.md'), '# gone\n');
    const result = run('reference-pages.js', '--check', '--out', dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /kesk-launcher\.md is missing/);
    assert.match(result.stderr, /kesk-old-widget\.md documents no element/);
  });

  it('documents every part of every element, and kesk-chat lists each exported name once', () => {
    const pages = readFileSync(join(root, 'docs/reference/kesk-chat.md'), 'utf8');
    const exported = [...exportedParts(manifest).values()].flat();
    const children = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName && d.tagName !== 'kesk-chat');
    assert.equal(exported.length, children.reduce((n, d) => n + (d.cssParts?.length ?? 0), 0));
    for (const p of exported) assert.ok(pages.includes(`| \`${p.exported}\` |`), p.exported);
    assert.equal(new Set(exported.map((p) => p.exported)).size, exported.length);
  });
});

describe('the exported parts', () => {
  it('keep a part its own name unless another element has it; the thread keeps its names', () => {
    const byTag = exportedParts(manifest);
    const name = (tag, part) => byTag.get(tag).find((p) => p.part === part)?.exported;
    assert.equal(name('kesk-composer', 'drop-zone'), 'drop-zone');
    assert.equal(name('kesk-composer', 'error'), 'composer-error');
    assert.equal(name('kesk-session-list', 'base'), 'session-list-base');
    assert.equal(name('kesk-media-gallery', 'close-button'), 'media-gallery-close-button'); // kesk-chat has one
    assert.equal(name('kesk-thread', 'retry-button'), 'retry-button');
  });

  it('refuse two parts exported under one name', () => {
    const copy = structuredClone(manifest);
    const gallery = copy.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'kesk-media-gallery');
    gallery.cssParts.push({ name: 'composer-error', description: 'clashes with the prefixed name of the composer' });
    assert.throws(() => exportedParts(copy), /"composer-error", which <kesk-composer> exports too/);
  });

  it('the check fails when the generated module is stale', () => {
    const file = join(scratch, 'exported-parts.gen.ts');
    cpSync(join(root, 'src/components/chat/exported-parts.gen.ts'), file);
    assert.equal(run('exported-parts.js', '--check', '--out', file).status, 0);
    writeFileSync(file, readFileSync(file, 'utf8').replace(',drop-zone', ''));
    const result = run('exported-parts.js', '--check', '--out', file);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /exported-parts\.gen\.ts is stale/);
  });
});

describe('the custom property check', () => {
  it('passes on src/', () => {
    assert.deepEqual(cssPropertyProblems(readProperties(join(root, 'src')), documentedProperties(manifest)), []);
  });

  it('fails on a property the CSS reads that no element documents, and on one documented that nothing reads', () => {
    const dir = mkdtempSync(join(scratch, 'src-'));
    cpSync(join(root, 'src'), dir, { recursive: true });
    const styles = join(dir, 'components/composer/composer.styles.ts');
    writeFileSync(styles, `${readFileSync(styles, 'utf8')}\nexport const extra = 'gap: var(--kesk-composer-gap, 4px)';\n`);
    const documented = documentedProperties(manifest);
    documented.add('--kesk-never-read');
    const problems = cssPropertyProblems(readProperties(dir), documented);
    assert.deepEqual(problems, [
      '--kesk-composer-gap is read by src/components/composer/composer.styles.ts but no element documents it (@cssprop).',
      '--kesk-never-read is documented (@cssprop) but nothing in src/ reads it.',
    ]);
    // --kesk-space, read by the shared tokens, was the one missing before the check.
    assert.ok(documented.has('--kesk-space'));
  });
});

describe('the link check', () => {
  it('finds a link to a missing file and to a missing heading', () => {
    const dir = mkdtempSync(join(scratch, 'docs-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'other.md'), '# Other\n\n## Exported parts\n');
    const page = join(dir, 'sub', 'page.md');
    writeFileSync(page, '# Page\n\n## Two words\n\n[ok](#two-words) [ok](../other.md#exported-parts) [bad](nowhere.md) [bad](../other.md#nope) `[code](skipped.md)`\n<img src="gone.png" alt="">\n');
    const problems = brokenLinks(page);
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems[0], /nowhere\.md/);
    assert.match(problems[1], /no heading #nope/);
    assert.match(problems[2], /gone\.png/);
  });
});

describe('the README check', () => {
  it('passes on the README, and fails on one over 10 KB or one that leaves a page of docs/ unlinked', () => {
    assert.deepEqual(readmeProblems(root), []);
    const dir = mkdtempSync(join(scratch, 'repo-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'README.md'), '# Docs\n');
    writeFileSync(join(dir, 'docs', 'theming.md'), '# Theming\n');
    writeFileSync(join(dir, 'README.md'), `[docs](docs/README.md)\n${'x'.repeat(10 * 1024)}\n`);
    assert.deepEqual(readmeProblems(dir), ['README.md does not link docs/theming.md', 'README.md is 10264 bytes: keep it under 10240 (the manual goes in docs/).']);
  });
});

describe('docs/testing.md', () => {
  it('lists every ENGINE_LIMITS entry with the engines it runs in and how many tests use it', () => {
    const source = readFileSync(join(root, 'test/helpers/engine.ts'), 'utf8');
    const block = source.slice(source.indexOf('export const ENGINE_LIMITS'), source.indexOf('as const satisfies'));
    const limits = [...block.matchAll(/^  (\w+): \{\s*engines: \[([^\]]*)\]/gm)].map(([, name, engines]) => ({
      name,
      engines: engines.match(/\w+/g).map((e) => e[0].toUpperCase() + e.slice(1)).join(', ').replace('Webkit', 'WebKit'),
    }));
    assert.ok(limits.length > 0);
    const tests = readdirSync(join(root, 'test'), { recursive: true })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(root, 'test', f), 'utf8'))
      .join('\n');
    const doc = readFileSync(join(root, 'docs/testing.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `(\w+)` \| ([^|]+) \| (\d+) \|/gm)].map(([, name, engines, count]) => ({ name, engines: engines.trim(), count: Number(count) }));
    const expected = limits.map(({ name, engines }) => ({ name, engines, count: tests.split(`itWhere('${name}'`).length - 1 }));
    assert.deepEqual(rows, expected);
    const total = expected.reduce((n, l) => n + l.count, 0);
    assert.match(doc, new RegExp(`the list has ${expected.length} limits and ${total} tests`));
  });
});
