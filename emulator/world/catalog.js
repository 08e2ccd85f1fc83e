// A few products of the demo store, so that shop assistants can talk about real items with real prices and
// sizes. Names and prices agree with the help centre (knowledge-base.js).
import { mentions, words } from './text.js';

/**
 * @typedef {{ name: string, keywords: string[], price: number, sizes: string[], fit: string }} Product
 * keywords are lowercase words or phrases a shopper might use for it.
 */

/** @type {Product[]} */
export const PRODUCTS = [
  { name: 'Ridgeline Waterproof Jacket', keywords: ['ridgeline', 'waterproof', 'rain jacket', 'jacket', 'shell'],
    price: 149, sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'], fit: 'a regular fit with room for a fleece underneath' },
  { name: 'Fjord Down Parka', keywords: ['fjord', 'parka', 'down jacket', 'puffer', 'coat'],
    price: 229, sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'], fit: 'a relaxed fit; if you are between sizes, go up one' },
  { name: 'Trailmark Hiking Boots', keywords: ['trailmark', 'hiking boots', 'boots', 'boot', 'walking boots'],
    price: 135, sizes: ['UK 5', 'UK 6', 'UK 7', 'UK 8', 'UK 9', 'UK 10', 'UK 11'],
    fit: 'true to size, but most people go up half a size for thick socks' },
  { name: 'Drift Trail Runners', keywords: ['drift', 'trail runners', 'trail shoes', 'running shoes', 'trainers', 'shoes'],
    price: 110, sizes: ['UK 5', 'UK 6', 'UK 7', 'UK 8', 'UK 9', 'UK 10', 'UK 11'], fit: 'true to size' },
  { name: 'Harbour Merino Jumper', keywords: ['harbour merino', 'merino', 'jumper', 'sweater', 'knit'],
    price: 79, sizes: ['XS', 'S', 'M', 'L', 'XL'], fit: 'a close fit; it relaxes a little with wear' },
  { name: 'Cairn Trekking Trousers', keywords: ['cairn', 'trekking trousers', 'trousers', 'pants', 'walking trousers'],
    price: 59, sizes: ['28', '30', '32', '34', '36', '38', '40'], fit: 'true to waist size, in short, regular, long and extra long legs' },
  { name: 'Coastline Rain Trousers', keywords: ['coastline', 'rain trousers', 'overtrousers', 'waterproof trousers'],
    price: 69, sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'], fit: 'a loose fit to go over other trousers' },
  { name: 'Summit Daypack 28L', keywords: ['summit', 'daypack', 'backpack', 'rucksack', 'bag', 'pack'],
    price: 65, sizes: ['one size'], fit: 'an adjustable back length' },
];

/** The product a message is about: the longest keyword wins, so "rain trousers" beats "trousers". */
export function findProduct(text) {
  let best;
  for (const product of PRODUCTS) {
    for (const keyword of product.keywords) {
      if (mentions(text, [keyword]) && (!best || keyword.length > best.keyword.length)) best = { product, keyword };
    }
  }
  return best?.product;
}

/** A size named in a message, in the product's own labels where possible ("medium" → "M", "size 9" → "UK 9"). */
export function findSize(text, product) {
  // "too small" is a complaint, not a size.
  const plain = ' ' + words(text).join(' ').replace(/\btoo (small|big|large|tight|loose)\b/g, '') + ' ';
  const shoe = plain.match(/ (?:uk|size) (\d{1,2}) (5 )?/);
  if (product?.sizes[0].startsWith('UK') && shoe) return `UK ${shoe[1]}${shoe[2] ? '.5' : ''}`;
  const waist = plain.match(/ (?:waist |size )?(2[6-9]|3\d|40)(?: in| inch| inches| waist)? /);
  if (product?.sizes.includes('32') && waist) return waist[1];
  const letters = [[' extra extra large | xxl ', 'XXL'], [' extra large | xl ', 'XL'], [' extra small | xs ', 'XS'],
    [' small | s ', 'S'], [' medium | m ', 'M'], [' large | l ', 'L']];
  for (const [pattern, label] of letters) if (pattern.split('|').some((p) => plain.includes(p))) return label;
  return undefined;
}
