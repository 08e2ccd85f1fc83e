// Injected into every benchmark page before its own scripts (playwright's addInitScript): stamps the user's click
// and Enter, and reports the first frame on which something is on screen. Times are performance.now(): ms from
// the navigation's start. Plain script, no imports.
(() => {
  const marks = {};
  // Capture on window: sees events inside shadow roots too (they are composed). `timeStamp` is when the browser
  // received the input, on the same clock as performance.now().
  addEventListener('click', (e) => (marks.click ??= e.timeStamp), true);
  addEventListener('keydown', (e) => {
    if (e.key === 'Enter') marks.enter = e.timeStamp;
  }, true);

  /** The element at a point, through open shadow roots. */
  function hit(x, y) {
    let el = document.elementFromPoint(x, y);
    while (el?.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  }

  /** `node` is `el` or inside it, across shadow boundaries. */
  function within(node, el) {
    for (let n = node; n; n = n.parentNode ?? n.host) if (n === el) return true;
    return false;
  }

  /** Some of `el` shows: neither it nor any ancestor (across shadow boundaries) is fully transparent. */
  function opaque(el) {
    for (let n = el; n; n = n.parentElement ?? n.getRootNode().host) if (getComputedStyle(n).opacity === '0') return false;
    return true;
  }

  /**
   * On screen: laid out whole inside the viewport, what the eye sees at its top, middle and bottom (nothing
   * covers it, no scroller clips it), and not fully transparent (the first frame of a fade-in counts).
   */
  function visible(el) {
    if (!el?.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, innerHeight);
    const left = Math.max(r.left, 0);
    const right = Math.min(r.right, innerWidth);
    if (bottom - top < 1 || right - left < 1) return false;
    // The whole element, for a message: its top and its bottom must both show.
    const points = [[(left + right) / 2, top + 2], [(left + right) / 2, (top + bottom) / 2], [(left + right) / 2, bottom - 2]];
    return r.top >= -1 && r.bottom <= innerHeight + 1 && points.every(([x, y]) => within(hit(x, y), el)) && opaque(el);
  }

  /** The first element matching `selector` under `root`, through open shadow roots (small trees only). */
  function deep(root, selector) {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const inner = deep(el.shadowRoot, selector);
        if (inner) return inner;
      }
    }
    return null;
  }

  // Where each widget keeps its message bubbles (cheap to find on every frame, whatever the thread's length).
  const bubbles = {
    ours() {
      const thread = document.querySelector('kesk-chat')?.shadowRoot?.querySelector('kesk-thread')?.shadowRoot;
      return thread ? [...thread.querySelectorAll('[part~="bubble"]')].slice(-6) : [];
    },
    deepChat() {
      const messages = document.querySelector('deep-chat')?.shadowRoot?.getElementById('messages');
      const out = [];
      // The newest messages are at the end: walk back from there only.
      for (let box = messages?.lastElementChild; box && out.length < 6; box = box.previousElementSibling) {
        const list = box.querySelectorAll('.message-bubble');
        for (let i = list.length - 1; i >= 0 && out.length < 6; i--) out.push(list[i]);
      }
      return out;
    },
  };

  /** The bubble of `widget` whose text includes `text`, among the newest. */
  function bubble(widget, text) {
    return bubbles[widget]().find((b) => b.textContent.includes(text)) ?? null;
  }

  /** Resolves with the time of the first animation frame on which `test()` holds (the frame about to be painted). */
  function when(test, timeout = 120_000) {
    return new Promise((resolve, reject) => {
      const give = setTimeout(() => reject(new Error(`not on screen within ${timeout} ms`)), timeout);
      const frame = (t) => {
        let ok = false;
        try {
          ok = test();
        } catch {
          ok = false;
        }
        if (ok) {
          clearTimeout(give);
          resolve(performance.now());
        } else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  }

  /** Nodes (elements, text, comments) and elements in the document, through every open shadow root. */
  function countNodes() {
    let nodes = 0;
    let elements = 0;
    const walk = (root) => {
      const it = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
      for (let n = it.nextNode(); n; n = it.nextNode()) {
        nodes++;
        if (n.nodeType === 1) {
          elements++;
          if (n.shadowRoot) walk(n.shadowRoot);
        }
      }
    };
    walk(document.documentElement);
    return { nodes: nodes + 1, elements: elements + 1 };
  }

  /** The scripts the page fetched, in order (paths on this origin). */
  function scripts() {
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.initiatorType === 'script' || e.initiatorType === 'other' || /\.js$/.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name))
      .filter((u) => u.origin === location.origin && u.pathname.endsWith('.js'))
      .map((u) => u.pathname);
  }

  /**
   * Watches for `test()` from now on and, at the first frame it holds, logs `__bench {label, at, dom}` to the console:
   * the runner reads it from there, as a page busy for minutes still logs at once but answers a script late.
   */
  function watch(label, test, timeout) {
    const say = (report) => {
      reports.push(report);
      console.log(`__bench ${JSON.stringify(report)}`);
    };
    when(test, timeout).then(
      (at) => say({ label, at, click: marks.click, enter: marks.enter, dom: countNodes() }),
      (error) => say({ label, error: String(error.message) }),
    );
  }

  // The reports, also kept for an engine whose driver reads no console (WebDriver classic: bench/engines.js).
  const reports = (window.__benchReports = []);
  window.__bench = { marks, visible, deep, bubble, when, watch, countNodes, scripts };
})();
