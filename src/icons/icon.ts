import { svg, type SVGTemplateResult } from 'lit';

// The two drawings every element's icons share, so the markup ships once. Icons are decorative: the buttons and
// labels carry the names.

/** A 24×24 glyph filled in currentColor (Material style). */
export const glyph = (d: string, size = 20) =>
  svg`<svg viewBox="0 0 24 24" width=${size} height=${size} aria-hidden="true" focusable="false"><path fill="currentColor" d=${d}/></svg>`;

/** A 24×24 line drawing stroked in currentColor: `shapes` is a path's `d`, or the SVG shapes themselves. */
export const lineIcon = (shapes: string | SVGTemplateResult, size = 20) =>
  svg`<svg viewBox="0 0 24 24" width=${size} height=${size} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${typeof shapes === 'string' ? svg`<path d=${shapes}/>` : shapes}</svg>`;
