// The CDN build collapses the indentation inside tagged templates (scripts/collapse-template-whitespace.js): what
// it must change, and what it must leave alone.
import { expect } from '@open-wc/testing';
import { collapseTemplateWhitespace } from '../../scripts/collapse-template-whitespace.js';
import { cdnFile } from './cdn-files.js';

describe('build: collapsing white space in templates', () => {
  it('collapses indented runs in tagged templates to one space, expressions and nested templates included', () => {
    const code = 'const a=h`<div>\n    <span>${b?h`\n  <b>x</b>\n`:c}</span>\n  </div>`;';
    expect(collapseTemplateWhitespace(code)).to.equal('const a=h`<div> <span>${b?h` <b>x</b> `:c}</span> </div>`;');
  });

  it('leaves plain strings, untagged templates, escapes and other spaces as they are', () => {
    const code = 'const a="x\\n  y",b=`line\n  two`,c=h`<i>a\\n  b</i>  <i>\u00a0</i>`;';
    expect(collapseTemplateWhitespace(code)).to.equal(code);
  });

  it('refuses a template that renders white space as written', () => {
    expect(() => collapseTemplateWhitespace('h`<pre>\n  x</pre>`')).to.throw(/white space as written/);
    expect(() => collapseTemplateWhitespace('css`p{white-space:pre-wrap}`')).to.throw(/white space as written/);
  });

  it('is applied to the built widget (the widget file of dist/cdn)', async () => {
    const res = await fetch(`/dist/cdn/${(await cdnFile('widget')).file}`);
    const bundle = await res.text();
    expect(bundle).to.include('part="retry-button"');
    expect(/>\n\s+</.test(bundle), 'no indented line between two tags').to.equal(false);
  });
});
