// The AI assistant: answers in RAG sessions only, idempotent on the question's client_message_id, so the first
// question stored by startChat is answered without being stored twice.
import { ASSISTANT } from '../world/people.js';
import { conflict } from '../errors.js';
import { messageView } from '../records-to-json.js';

export function sendRagQuery({ store, user, params, body, view, assistant }) {
  const session = store.sessionFor(user, params.chat_session_id);
  if (session.chat_type !== 'rag') throw conflict('RAG queries can only be sent to a RAG session');

  let question = store.findByClientId(session, user, body.client_message_id);
  const answered = question && session.rag_answers.get(question.id);
  if (answered !== undefined && answered !== null) {
    const stored = store.messages.get(answered);
    return { headers: { 'Idempotent-Replayed': 'true' }, body: ragResponse(stored, question, view) };
  }
  question ??= store.addMessage(session, {
    sender: user,
    content: body.query,
    client_message_id: body.client_message_id ?? null,
  });
  // The stored question is what gets answered (for the first one, the text startChat stored).
  const result = assistant.answer(question.deleted ? body.query : question.content);
  const answer = store.addMessage(session, {
    sender: ASSISTANT,
    content: result.answer,
    content_format: 'markdown',
    sources: result.sources,
  });
  session.rag_answers.set(question.id, answer.id);
  return { body: ragResponse(answer, question, view) };
}

function ragResponse(answer, question, view) {
  const message = messageView(answer, view);
  return { answer: message.content, sources: message.sources, message, query_message: messageView(question, view) };
}
