// The store's product cards (names and prices agree with the emulator's help centre), drawn without images.
const art = {
  jacket: '<path d="M22 8h20l10 6 8 20-9 4-3-7v29H16V31l-3 7-9-4 8-20z" fill="currentColor"/><path d="M32 8v48" stroke="#fff" stroke-width="2" opacity=".6"/><path d="M26 8c0 4 2.7 7 6 7s6-3 6-7" fill="none" stroke="#fff" stroke-width="2" opacity=".6"/>',
  parka: '<path d="M24 4h16l4 7 10 4 6 21-9 4-3-8v30H16V32l-3 8-9-4 6-21 10-4z" fill="currentColor"/><path d="M16 30h32M16 44h32" stroke="#fff" stroke-width="2" opacity=".5"/><ellipse cx="32" cy="12" rx="7" ry="6" fill="#fff" opacity=".35"/>',
  boots: '<path d="M14 6h18v28l18 8c6 3 8 7 8 12v4H14z" fill="currentColor"/><path d="M14 52h44" stroke="#fff" stroke-width="3" opacity=".5"/><path d="M20 14h8M20 20h8M20 26h8" stroke="#fff" stroke-width="2" opacity=".6"/>',
  runners: '<path d="M6 40c0-6 4-14 10-16l10 6 10-6c10 6 22 8 22 18v6H6z" fill="currentColor"/><path d="M6 48h52" stroke="#fff" stroke-width="3" opacity=".5"/><path d="m24 34 4-4m2 6 4-4" stroke="#fff" stroke-width="2" opacity=".6"/>',
  jumper: '<path d="M22 8h20l12 6 6 26-8 2-4-16v32H16V26l-4 16-8-2 6-26z" fill="currentColor"/><path d="M26 8c0 3 3 5 6 5s6-2 6-5" fill="none" stroke="#fff" stroke-width="2" opacity=".6"/><path d="M16 50h32" stroke="#fff" stroke-width="3" opacity=".4"/>',
  trousers: '<path d="M18 6h28l4 52H36l-4-32-4 32H14z" fill="currentColor"/><path d="M18 12h28" stroke="#fff" stroke-width="2" opacity=".6"/>',
  pack: '<rect x="14" y="12" width="36" height="46" rx="10" fill="currentColor"/><path d="M24 12V8a8 8 0 0 1 16 0v4" fill="none" stroke="currentColor" stroke-width="4"/><rect x="20" y="34" width="24" height="16" rx="4" fill="#fff" opacity=".35"/>',
};

const PRODUCTS: Array<[string, keyof typeof art, number, string, string, string]> = [
  ['Ridgeline Waterproof Jacket', 'jacket', 149, 'Regular fit, room for a fleece underneath', '#e6f2ec', '#0b6e4f'],
  ['Fjord Down Parka', 'parka', 229, 'Relaxed fit: between sizes, go up one', '#e8eef7', '#27456e'],
  ['Trailmark Hiking Boots', 'boots', 135, 'Most people go up half a size for thick socks', '#f5ece2', '#7a4a22'],
  ['Drift Trail Runners', 'runners', 110, 'True to size', '#fbe9e4', '#b4452c'],
  ['Harbour Merino Jumper', 'jumper', 79, 'Close fit that relaxes with wear', '#f1ecf6', '#5d3b7a'],
  ['Cairn Trekking Trousers', 'trousers', 59, 'Short, regular, long and extra long legs', '#eceee6', '#4a5a2a'],
  ['Summit Daypack 28L', 'pack', 65, 'Adjustable back length', '#fdf3dc', '#8a6400'],
];

export function renderProducts(list: HTMLElement, count = PRODUCTS.length): void {
  list.innerHTML = PRODUCTS.slice(0, count)
    .map(
      ([name, kind, price, fit, tint, shade]) => `<li class="product" style="--tint:${tint};--shade:${shade}">
        <div class="art"><svg viewBox="0 0 64 64" aria-hidden="true">${art[kind]}</svg></div>
        <div class="info"><h3>${name}</h3><p class="fit">${fit}</p><span class="price">£${price}</span></div></li>`,
    )
    .join('');
}
