// How the loader, the CDN boot (src/loader/boot.ts) and the widget's term tables and chunks import a module: by a
// `<script type="module">` with the file's `integrity`, once the host page has loaded, then `import()` of the same
// address, which finds the module in the module map (run, not fetched again).
// - The script element is the one way to check a module's integrity in every engine: `import()` takes none, and
//   WebKit fetches a `<link rel=modulepreload>` without checking its `integrity` (tested in
//   test/build/cdn-integrity.test.ts). A file that is not the one built fails its check and is refused, unrun.
// - After the page's `load`: Firefox holds `load` for every `import()` on its way while the page loads, and every
//   engine for a script element, so a slow widget file or term table would delay the vendor's own page.
// - Its address goes through a Trusted Types policy (`kesk-chat`, which passes it as it is) where the page enforces
//   them: a page that lists its policies in a `trusted-types` directive adds `kesk-chat`.

/** Runs `run` once the page has loaded (at once if it has). `load` fires once: the listener need not go. */
export function afterLoad(run: () => unknown): void {
  if (document.readyState == 'complete') run();
  else addEventListener('load', run);
}

/** The Trusted Types policy for the script's address, made on first use. */
let policy: { createScriptURL(url: string): unknown } | undefined;

/**
 * Imports `url` (absolute) by a module script checked against `integrity`, without holding back the page's `load`.
 * (The script element stays at the end of the page's body, where the page's own elements are sure to be once it has
 * loaded: removing it would only cost bytes of the loader.)
 */
export function quietImport<T = unknown>(url: string, integrity?: string): Promise<T> {
  return new Promise((resolve, reject) =>
    afterLoad(() => {
      const script = document.createElement('script');
      policy ??= (window as { trustedTypes?: { createPolicy(name: string, rules: object): typeof policy } }).trustedTypes?.createPolicy('kesk-chat', { createScriptURL: String });
      script.type = 'module';
      script.integrity = integrity ?? '';
      script.src = (policy?.createScriptURL(url) ?? url) as string;
      script.onload = resolve;
      script.onerror = reject;
      document.body.append(script);
    }),
  ).then(() => import(/* @vite-ignore */ url) as Promise<T>);
}
