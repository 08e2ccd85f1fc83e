// A web-test-runner command that sends a Chrome DevTools Protocol command to the test's page, for what no web API
// can simulate: safe-area insets (a notched phone) and an on-screen keyboard's geometry. One CDP session per test
// page, kept open, because an emulation lasts only as long as the session that set it.
//   executeServerCommand('cdp', { method: 'Emulation.setSafeAreaInsetsOverride', params: { insets: { top: 47 } } })

export function cdpPlugin() {
  const sessions = new Map();
  return {
    name: 'kesk-cdp',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cdp') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') throw new Error('The cdp command needs Chromium (the DevTools protocol).');
      let client = sessions.get(session.id);
      if (!client) {
        client = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, client);
      }
      return (await client.send(payload.method, payload.params ?? {})) ?? true;
    },
  };
}
