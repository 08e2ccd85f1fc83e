// Checked by tsc with Preact's JSX (scripts/check-framework-types.js): <kesk-chat> as kesk-chat/preact allows it.
import type {} from '../../../../src/frameworks/preact.js';
import type { KeskChat } from '../../../../src/index.js';

export function OrderHelp({ token, onUnread }: { token: string; onUnread: (count: number) => void }) {
  let chat: KeskChat | null = null;
  return (
    <>
      <kesk-chat
        ref={(el: KeskChat | null) => { chat = el; }}
        api-base="/v1"
        mode="vendor"
        vendor-location-id="501"
        token={token}
        theme="auto"
        position="bottom-start"
        inline
        starters={['Is it in stock?']}
        tokenProvider={() => token}
        onkesk-unread-change={(e) => onUnread(e.detail.count)}
        onkesk-message-sent={(e) => console.log(e.detail.message.content)}
      />
      <button type="button" onClick={() => chat?.open()}>Ask</button>
      <kesk-composer onkesk-before-send={(e) => e.detail.text.trim() || e.preventDefault()} />
    </>
  );
}
