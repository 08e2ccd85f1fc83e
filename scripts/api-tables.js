// Writes the README's element reference from custom-elements.json (made by `cem analyze` from the JSDoc), between
// the `api-tables` markers. `--check` fails when the README is out of date instead of writing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- api-tables:start -->';
const END = '<!-- api-tables:end -->';

const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
}

function element(decl) {
  const out = [`### \`<${decl.tagName}>\``, ''];
  if (decl.summary || decl.description) out.push(cell(decl.summary ?? decl.description), '');
  const attributes = decl.attributes ?? [];
  out.push(
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]),
    ),
  );
  const attributeFields = new Set(attributes.map((a) => a.fieldName));
  const members = (decl.members ?? []).filter((m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') && !m.name.startsWith('_'));
  const properties = members.filter((m) => m.kind === 'field' && !attributeFields.has(m.name) && m.description);
  if (properties.length) {
    out.push('Properties:', '', table(['property', 'type', 'description'], properties.map((p) => [code(p.name), code(p.type?.text), cell(p.description)])));
  }
  const methods = members.filter((m) => m.kind === 'method' && m.description);
  if (methods.length) {
    out.push(
      'Methods:',
      '',
      table(
        ['method', 'description'],
        methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name + (p.optional ? '?' : '')).join(', ')})`), cell(m.description)]),
      ),
    );
  }
  if (decl.events?.length) out.push('Events:', '', table(['event', 'description'], decl.events.filter((e) => e.name?.startsWith('kesk-')).map((e) => [code(e.name), cell(e.description)])));
  if (decl.slots?.length) out.push('Slots:', '', table(['slot', 'description'], decl.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])));
  if (decl.cssParts?.length) out.push('Parts:', '', table(['part', 'description'], decl.cssParts.map((p) => [code(p.name), cell(p.description)])));
  if (decl.cssProperties?.length) {
    out.push('CSS custom properties:', '', table(['property', 'default', 'description'], decl.cssProperties.map((p) => [code(p.name), code(p.default), cell(p.description)])));
  }
  return out.join('\n');
}

export function apiTables(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => (a.tagName === 'kesk-chat' ? -1 : b.tagName === 'kesk-chat' ? 1 : a.tagName.localeCompare(b.tagName)));
  return elements.map(element).join('\n');
}

const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const readme = readFileSync(`${root}README.md`, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  console.error(`README.md has no ${START} … ${END} block.`);
  process.exit(1);
}
const next = `${readme.slice(0, start + START.length)}\n${apiTables(manifest)}\n${readme.slice(end)}`;
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md element reference is stale: run `npm run docs`.');
    process.exit(1);
  }
  console.log('README element reference is up to date.');
} else {
  writeFileSync(`${root}README.md`, next);
  console.log('README element reference written from custom-elements.json.');
}
