// `import()` that never holds back the host page's `load` event. Firefox holds `load` for every `import()` still on
// its way when the page is loading (Chromium and WebKit do not), so a slow widget file or term table would delay
// the vendor's own page. It does not hold it for a `<link rel=modulepreload>`: while the page loads, the module is
// fetched by such a link first (into the module map, where `import()` finds it without a second request) and
// imported once it is there. After `load`, or where modulepreload is unknown, it is a plain `import()`.
// Shared by the loader (src/loader/loader.ts) and the CDN widget's term tables (src/i18n/cdn-terms.ts).

/** Imports `url` (absolute), fetching it first without holding back the page's `load`. */
export function quietImport<T = unknown>(url: string): Promise<T> {
  const link = document.createElement('link');
  return new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
    // Only while the page loads, and where the browser knows modulepreload (the link would never fire otherwise).
    if (document.readyState === 'complete' || !link.relList.supports('modulepreload')) resolve(0);
    else {
      link.rel = 'modulepreload';
      link.href = url;
      document.head.append(link);
    }
  })
    .finally(() => link.remove())
    .then(() => import(/* @vite-ignore */ url) as Promise<T>);
}
