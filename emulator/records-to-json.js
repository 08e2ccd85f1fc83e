// Stored records → the contract's JSON, as one user sees them (reacted_by_me, unread counts, titles of direct
// chats) and with file URLs absolute for the host the request came to.

/**
 * What a view needs beyond the record: who is looking and how to build file URLs.
 * @typedef {{ store: ReturnType<import('./store.js').createStore>, viewer: { id: number } | null,
 *   fileUrl: (item: object) => string }} ViewContext
 */

export function participantView(p) {
  return { id: p.id, kind: p.kind, name: p.name, avatar_url: p.avatar_url ?? null, username: p.username ?? null };
}

export function mediaView(item, view) {
  return {
    id: item.id,
    chat_session_id: item.chat_session_id,
    media_type: item.media_type,
    mime_type: item.mime_type,
    filename: item.filename,
    size_bytes: item.size_bytes,
    // A URL set through the control endpoint stands in for the capability URL (tests of hostile backends).
    url: item.url ?? view.fileUrl(item),
    created_at: item.created_at,
    uploaded_by: item.uploaded_by,
  };
}

export function reactionsView(message, viewer) {
  return [...message.reactions].map(([emoji, users]) => ({
    emoji,
    count: users.size,
    reacted_by_me: viewer !== null && users.has(viewer.id),
  }));
}

/** @param {ViewContext} view */
export function messageView(message, view) {
  return {
    id: message.id,
    chat_session_id: message.chat_session_id,
    client_message_id: message.client_message_id,
    sender: participantView(message.sender),
    content: message.content,
    content_format: message.content_format,
    // Deleted media drop out of every message that referenced them.
    media: message.media_ids
      .map((id) => view.store.media.get(id))
      .filter(Boolean)
      .map((item) => mediaView(item, view)),
    reactions: reactionsView(message, view.viewer),
    sources: message.sources.map((s) => ({ ...s })),
    reply_to_message_id: message.reply_to_message_id,
    created_at: message.created_at,
    edited_at: message.edited_at,
    deleted: message.deleted,
  };
}

/** Messages after the viewer's read mark that others sent and that are not deleted. */
export function unreadCount(session, viewer, store) {
  const mark = session.read_marks.get(viewer.id) ?? 0;
  let count = 0;
  for (let i = session.message_ids.length - 1; i >= 0 && session.message_ids[i] > mark; i--) {
    const message = store.messages.get(session.message_ids[i]);
    const mine = message.sender.kind === 'user' && message.sender.id === viewer.id;
    if (!mine && !message.deleted) count++;
  }
  return count;
}

/** What the viewer calls the session: its own title, else the other person of a direct chat, else a default. */
export function titleFor(session, viewer) {
  if (session.title) return session.title;
  if (session.chat_type === 'direct') {
    const other = session.participants.find((p) => p.kind === 'user' && p.id !== viewer?.id);
    if (other) return other.name;
  }
  return session.default_title;
}

/** A ChatSessionListItem. @param {ViewContext} view */
export function sessionView(session, view) {
  const lastId = session.message_ids.at(-1);
  return {
    id: session.id,
    chat_type: session.chat_type,
    title: titleFor(session, view.viewer),
    participants: session.participants.map(participantView),
    last_message: lastId === undefined ? null : messageView(view.store.messages.get(lastId), view),
    unread_count: unreadCount(session, view.viewer, view.store),
    last_read_message_id: session.read_marks.get(view.viewer.id) ?? null,
    metadata: { ...session.metadata },
    vendor_location_id: session.vendor_location_id,
    bot_username: session.bot_username,
    created_at: session.created_at,
    updated_at: session.updated_at,
  };
}

/** A BotConversationSession. */
export function botConversationView(conversation) {
  return {
    bot_username: conversation.bot_username,
    chat_session_id: conversation.chat_session_id,
    status: conversation.status,
    started_at: conversation.started_at,
    updated_at: conversation.updated_at,
  };
}
