import { expect } from '@open-wc/testing';
import { minifyCss, minifyCssLiterals } from '../../scripts/minify-css-literals.js';

describe('build: CSS literal minifier', () => {
  it('keeps the spaces calc() needs around + and -', () => {
    const out = minifyCss('.panel { inset-block-end: calc(var(--_offset) + var(--_launcher) + var(--_gap)); margin: calc(1px - 2px); }');
    expect(out).to.equal('.panel{inset-block-end:calc(var(--_offset) + var(--_launcher) + var(--_gap));margin:calc(1px - 2px)}');
    const probe = document.createElement('div');
    probe.style.cssText = out.slice(out.indexOf('{') + 1, -1);
    expect(probe.style.insetBlockEnd).to.contain('calc(');
  });

  it('leaves ${…} placeholders alone and drops comments', () => {
    const src = 'css`\n  /* why */\n  :host { color: red; }\n  ${tokens}\n  a > b ~ c { margin : 0 }\n`';
    expect(minifyCssLiterals(src)).to.equal('css`:host{color:red}${tokens}a>b~c{margin :0}`');
  });
});

describe('build: CSS literal minifier, what it shortens', () => {
  /** The declarations of `text` on a probe element, as the browser reads them. */
  const computed = (text) => {
    const probe = document.createElement('div');
    document.body.append(probe);
    probe.style.cssText = text;
    const style = getComputedStyle(probe);
    const values = [...probe.style].map((p) => `${p}: ${style.getPropertyValue(p)}`);
    probe.remove();
    return values;
  };

  it('drops the leading zero, the spaces around * and / between values and before !important', () => {
    const src = '.a { opacity: 0.5; margin: -0.25em 10.5px; font-size: calc(var(--s, 8px) * 0.75); aspect-ratio: 4 / 3; box-shadow: 0 1px 2px rgb(0 0 0 / 0.18); color: red !important; }';
    const out = minifyCss(src);
    expect(out).to.equal('.a{opacity:.5;margin:-.25em 10.5px;font-size:calc(var(--s,8px)*.75);aspect-ratio:4/3;box-shadow:0 1px 2px rgb(0 0 0/.18);color:red!important}');
    const body = (css) => css.slice(css.indexOf('{') + 1, css.lastIndexOf('}'));
    expect(computed(body(out))).to.deep.equal(computed(body(src)));
    expect(computed(body(out))).to.have.length(9);
    expect(computed(body(out))).to.include("font-size: 6px");
  });

  it('leaves a selector\'s * and the text of quoted strings alone, and writes transparent as #0000', () => {
    expect(minifyCss('.a * .b , * > p { color: red }')).to.equal('.a * .b,*>p{color:red}');
    expect(minifyCss(".x { grid-template-areas: 'a  b' 'c d'; content: \"0.5 , x\"; }")).to.equal(".x{grid-template-areas:'a  b' 'c d';content:\"0.5 , x\"}");
    expect(minifyCss('@media (max-width: 639.98px) { .a { margin: 0 } }')).to.equal('@media(max-width:639.98px){.a{margin:0}}');
    expect(minifyCss('.a { background: color-mix(in srgb, red 10%, transparent); --x-transparent: 1 }')).to.equal('.a{background:color-mix(in srgb,red 10%,#0000);--x-transparent:1}');
    expect(computed('border: 1px solid #0000; color: color-mix(in srgb, red 10%, #0000)')).to.deep.equal(computed('border: 1px solid transparent; color: color-mix(in srgb, red 10%, transparent)'));
  });

  it('does not take a css tag named in a comment, a string or another template for a literal', () => {
    const src = [
      '/** Lit ships a `css` block as written; css`x` in prose. */',
      "// the `css` tag, and a string 'css`' too",
      "const s = 'css`' + \"css`\" + `not css\\`${1}` + /css`/.source;",
      'export const a = css`\n  :host { color : red; }\n`;',
      'const b = [tokens, css`.b { margin: 0.5em }`];',
    ].join('\n');
    const out = minifyCssLiterals(src);
    expect(out.split('\n').slice(0, 3)).to.deep.equal(src.split('\n').slice(0, 3));
    expect(out).to.contain('export const a = css`:host{color :red}`;');
    expect(out).to.contain('const b = [tokens, css`.b{margin:.5em}`];');
  });
});

describe('build: CSS literal minifier, private names', () => {
  it('renames the private custom properties it is given, each name whole, and nothing else', () => {
    const names = new Map([['--_space', '--_0'], ['--_text', '--_1']]);
    const src = 'const s = css`:host { --_space: var(--kesk-space, 8px); color: var(--_text); } p { color: var(--_text-muted); margin: var(--_space); }`;\nel.style.setProperty("--_space", "1px");';
    expect(minifyCssLiterals(src, names)).to.equal('const s = css`:host{--_0:var(--kesk-space,8px);color:var(--_1)}p{color:var(--_text-muted);margin:var(--_0)}`;\nel.style.setProperty("--_space", "1px");');
    expect(minifyCssLiterals(src)).to.contain('--_space:var(--kesk-space,8px)');
  });
});
