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
