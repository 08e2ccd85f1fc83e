// Generates the framework typings in src/frameworks/ (Vue, Svelte, JSX for Preact and Solid) from
// custom-elements.json, so every element's attributes, properties and events are declared once, in the JSDoc.
// `npm run docs` writes them; `npm run docs:check` (in `npm test`) fails when one is stale.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = 'src/frameworks';

const HEADER = [
  '// Generated from custom-elements.json by scripts/gen-framework-types.js. Do not edit: change the elements\' JSDoc',
  '// and run `npm run docs`.',
];

/** The elements of the manifest, with what a template may set on each and the events it fires. */
export function readElements(manifest) {
  const elements = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const methods = new Set((decl.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static && !/^[#_]/.test(m.name)).map((m) => m.name));
      const properties = (decl.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && !m.readonly && !m.privacy && !m.name.startsWith('_'),
      );
      const fields = new Set(properties.map((p) => p.name));
      // An attribute whose name is neither its property nor kebab-case (`open`, for `isOpen`) is left out: Vue,
      // Svelte, Preact and Solid set a property of that name when the element has one, and `open` is a method.
      const attributes = (decl.attributes ?? []).filter(
        (a) => a.fieldName && fields.has(a.fieldName) && (a.name === a.fieldName || (a.name.includes('-') && !methods.has(a.name))),
      );
      const events = (decl.events ?? []).filter((e) => e.name?.startsWith('kesk-'));
      elements.push({
        tag: decl.tagName,
        className: decl.name,
        importPath: `../${mod.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`,
        attributes,
        properties,
        events,
        methods: [...methods].sort(),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */\n` : '');
// JSX's HTML attributes less those named like one of the element's methods (`open`): Preact would set the property.
const jsxBase = (el, html) => (el.methods.length ? `Omit<${html}<${el.className}>, ${el.methods.map((m) => `'${m}'`).join(' | ')}>` : `${html}<${el.className}>`);
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** Imports of the element classes that `uses` says the file names. */
function imports(elements, uses = () => true) {
  return elements.filter(uses).map((e) => `import type { ${e.className} } from '${e.importPath}';`);
}
/** Whether an element has an attribute not named as its property (a kebab-case one). */
const hasKebab = (el) => el.attributes.some((a) => a.name !== a.fieldName);

/** Numbers set as attributes may be written as strings of digits; everything else keeps the property's type. */
const ATTRIBUTE_VALUE = [
  '/** An attribute\'s value: the property\'s type, and a number may also be written as a string of digits. */',
  'export type AttributeValue<T> = Exclude<T, undefined> extends number ? Exclude<T, undefined> | `${number}` : Exclude<T, undefined>;',
  '',
  '/**',
  ' * An attribute\'s value in a framework: `Digits` says whether a number may be a string of digits (true where the',
  ' * framework sets the attribute, false in Solid, which sets a kebab-case attribute as its camelCase property).',
  ' */',
  'type Attribute<T, Digits extends boolean> = Digits extends true ? AttributeValue<T> : Exclude<T, undefined>;',
];

/**
 * src/frameworks/members.ts: each element's template members declared once, which every framework's file composes:
 * its attributes by their kebab-case name, its properties by their camelCase name, its events (for Vue's `$emit`)
 * and the same events as `on<event>` handlers (for JSX and Svelte).
 */
function membersFile(elements) {
  const out = [...HEADER, '//', '// Every element\'s attributes, properties and events, declared once: the files of each framework', '// (jsx.ts, preact.ts, solid.ts, svelte.ts, vue.ts) compose them.', ...imports(elements, (el) => el.attributes.length > 0 || el.properties.length > 0), '', ...ATTRIBUTE_VALUE, ''];
  for (const el of elements) {
    const c = el.className;
    const seen = new Set();
    out.push(`/** The kebab-case attributes of \`<${el.tag}>\` (the others are named as their properties). */`, `export interface ${c}Attributes${hasKebab(el) ? '<Digits extends boolean = true>' : ''} {`);
    for (const a of el.attributes) {
      if (a.name === a.fieldName) continue;
      seen.add(a.name);
      out.push(`${doc(`${a.description ?? ''} (Attribute of \`${a.fieldName}\`.)`)}  ${key(a.name)}?: Attribute<${c}['${a.fieldName}'], Digits>;`);
    }
    out.push('}', '', `/** The properties of \`<${el.tag}>\`. */`, `export interface ${c}Properties {`);
    for (const p of el.properties) if (!seen.has(p.name)) out.push(`${doc(p.description)}  ${key(p.name)}?: ${c}['${p.name}'];`);
    out.push('}', '', `/** The events of \`<${el.tag}>\`, by name. */`, `export type ${c}Events = {`);
    for (const e of el.events) out.push(`${doc(e.description)}  '${e.name}': (event: GlobalEventHandlersEventMap['${e.name}']) => void;`);
    out.push('};', '', `/** The events of \`<${el.tag}>\` as \`on<event>\` handlers. */`, `export interface ${c}Handlers {`);
    for (const e of el.events) out.push(`${doc(e.description)}  ${key(`on${e.name}`)}?: ${c}Events['${e.name}'];`);
    out.push('}', '');
  }
  return out.join('\n');
}

/** `import type { … } from './members.js';` of the named members of every element. */
const fromMembers = (elements, kinds) => `import type { ${elements.flatMap((e) => kinds.map((k) => `${e.className}${k}`)).join(', ')} } from './members.js';`;

function jsxFile(elements) {
  const out = [...HEADER, '//', '// Framework-neutral JSX props for every element: attributes (kebab-case), properties (camelCase) and', '// `on<event>` handlers (`onkesk-open`), which Preact, Solid and React 19 attach as listeners of that event.', '// kesk-chat/preact and kesk-chat/solid add them to their IntrinsicElements; for another JSX, extend', '// `KeskIntrinsicElements` in yours.', fromMembers(elements, ['Attributes', 'Properties', 'Handlers']), '', "export type { AttributeValue } from './members.js';", ''];
  for (const el of elements) {
    const c = el.className;
    out.push(`/** \`<${el.tag}>\` in JSX. */`, `export interface ${c}JsxProps extends ${c}Attributes, ${c}Properties, ${c}Handlers {}`, '');
  }
  out.push('/** Every element of the widget, by tag. */', 'export interface KeskIntrinsicElements {');
  for (const el of elements) out.push(`  '${el.tag}': ${el.className}JsxProps;`);
  out.push('}', '');
  return out.join('\n');
}

function preactFile(elements) {
  const out = [...HEADER, '//', '// `<kesk-chat>` and the other elements in Preact\'s JSX: `import type {} from \'kesk-chat/preact\';` once.', "import type { HTMLAttributes } from 'preact';", ...imports(elements), `import type { ${elements.map((e) => `${e.className}JsxProps`).join(', ')} } from './jsx.js';`, '', "declare module 'preact' {", '  namespace JSX {', '    interface IntrinsicElements {'];
  for (const el of elements) out.push(`      '${el.tag}': ${jsxBase(el, 'HTMLAttributes')} & ${el.className}JsxProps;`);
  out.push('    }', '  }', '}', '');
  return out.join('\n');
}

function solidFile(elements) {
  const all = [...new Map(elements.flatMap((el) => el.events).map((e) => [e.name, e])).values()];
  const out = [...HEADER, '//', '// `<kesk-chat>` and the other elements in Solid\'s JSX: `import type {} from \'kesk-chat/solid\';` once. Events', '// as `on:kesk-open` (Solid\'s CustomEvents) or `onkesk-open`.', "import type { JSX as SolidJSX } from 'solid-js';", ...imports(elements), fromMembers(elements, ['Attributes', 'Properties', 'Handlers']), ''];
  for (const el of elements) {
    const c = el.className;
    // Solid sets a custom element's kebab-case attributes as its camelCase properties, so each takes the
    // property's own type (a number, not a string of digits).
    out.push(`/** \`<${el.tag}>\` in Solid's JSX. */`, `export interface ${c}SolidProps extends ${c}Attributes${hasKebab(el) ? '<false>' : ''}, ${c}Properties, ${c}Handlers {}`, '');
  }
  out.push("declare module 'solid-js' {", '  namespace JSX {', '    interface IntrinsicElements {');
  for (const el of elements) out.push(`      '${el.tag}': ${jsxBase(el, 'SolidJSX.HTMLAttributes')} & ${el.className}SolidProps;`);
  out.push('    }', '    interface CustomEvents {');
  for (const e of all) out.push(`      '${e.name}': GlobalEventHandlersEventMap['${e.name}'];`);
  out.push('    }', '  }', '}', '');
  return out.join('\n');
}

function vueFile(elements) {
  const out = [...HEADER, '//', '// The elements for Vue\'s template type checker (vue-tsc, Volar): properties as props (bind `:vendor-location-id`', '// or `:vendorLocationId`), kesk-* events as `@kesk-…` listeners with their event classes, methods through a', '// template ref. `import type {} from \'kesk-chat/vue\';` once.', "import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';", ...imports(elements), fromMembers(elements, ['Properties', 'Events']), ''];
  out.push(
    '/** Vue reads a custom element\'s template types from `$props` and `$emit` (they do not exist on the element). */',
    'type VueCustomElement<Element extends HTMLElement, Props, Events extends Record<string, (event: never) => void>> = new () => Element & {',
    '  /** @deprecated For template type checking only. */',
    '  $props: HTMLAttributes & Props & PublicProps;',
    '  /** @deprecated For template type checking only. */',
    '  $emit: EmitFn<Events>;',
    '};',
    '',
  );
  for (const el of elements) {
    const c = el.className;
    out.push(`/** The props of \`<${el.tag}>\`: its properties. */`, `export type ${c}VueProps = ${c}Properties;`, `/** The events of \`<${el.tag}>\`. */`, `export type ${c}VueEvents = ${c}Events;`, '');
  }
  out.push("declare module 'vue' {", '  interface GlobalComponents {');
  for (const el of elements) out.push(`    '${el.tag}': VueCustomElement<${el.className}, ${el.className}VueProps, ${el.className}VueEvents>;`);
  out.push('  }', '}', '');
  return out.join('\n');
}

function svelteFile(elements) {
  const out = [...HEADER, '//', '// The elements for Svelte\'s type checker (svelte-check, the editor): attributes, properties (Svelte sets a', '// property when the element has one) and kesk-* events as `onkesk-…` handlers. `import type {} from', '// \'kesk-chat/svelte\';` once.', "import type { HTMLAttributes } from 'svelte/elements';", ...imports(elements), fromMembers(elements, ['Attributes', 'Properties', 'Handlers']), ''];
  for (const el of elements) {
    const c = el.className;
    out.push(`/** What a template may set on \`<${el.tag}>\`. */`, `export interface ${c}SvelteAttributes extends HTMLAttributes<${c}>, ${c}Attributes, ${c}Properties, ${c}Handlers {}`, '');
  }
  out.push("declare module 'svelte/elements' {", '  interface SvelteHTMLElements {');
  for (const el of elements) out.push(`    '${el.tag}': ${el.className}SvelteAttributes;`);
  out.push('  }', '}', '');
  return out.join('\n');
}

export function generate(manifest) {
  const elements = readElements(manifest);
  return {
    [`${outDir}/members.ts`]: membersFile(elements),
    [`${outDir}/jsx.ts`]: jsxFile(elements),
    [`${outDir}/preact.ts`]: preactFile(elements),
    [`${outDir}/solid.ts`]: solidFile(elements),
    [`${outDir}/vue.ts`]: vueFile(elements),
    [`${outDir}/svelte.ts`]: svelteFile(elements),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = generate(JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')));
  if (process.argv.includes('--check')) {
    const stale = Object.entries(files).filter(([path, text]) => !existsSync(root + path) || readFileSync(root + path, 'utf8') !== text);
    if (stale.length) {
      console.error(`${stale.map(([p]) => p).join(', ')} stale: run \`npm run docs\`.`);
      process.exit(1);
    }
  } else {
    mkdirSync(root + outDir, { recursive: true });
    for (const [path, text] of Object.entries(files)) writeFileSync(root + path, text);
    console.log(`wrote ${Object.keys(files).join(', ')}`);
  }
}
