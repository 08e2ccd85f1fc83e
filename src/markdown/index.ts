// Safe markdown for chat messages: parsed here into a small tree, rendered with Lit templates, never as HTML.
export {
  MAX_DEPTH,
  parseMarkdown,
  parsePlainText,
  type Align,
  type Block,
  type Break,
  type Code,
  type CodeBlock,
  type Heading,
  type Inline,
  type Link,
  type List,
  type Paragraph,
  type Quote,
  type Rule,
  type Span,
  type Table,
  type Text,
} from './parse.js';
export { safeHref, safeSrc } from './safe-url.js';
export { textDirection } from './direction.js';
export { renderBlocks, renderInlines, renderMarkdown, renderPlainText, type Rendered } from './render.js';
export { markdownStyles } from './markdown.styles.js';
