// The RAG flow: startChat stores the first question, sendRagQuery answers it once, with sources.
import { expect } from '@open-wc/testing';
import { api, expectError, history, newId, newUser, startRag, startVendor } from '../helpers/emulator.js';

function rag(token, sessionId, query, clientMessageId) {
  const body = clientMessageId ? { query, client_message_id: clientMessageId } : { query };
  return api(token, 'POST', `/chat/sessions/${sessionId}/rag`, body);
}

const SHIPPING = 'How long does shipping take and how much does delivery cost?';

describe('emulator: rag', () => {
  it('answers the first question without storing it twice', async () => {
    const token = newUser();
    const c = newId();
    const { session, message } = await startRag(token, SHIPPING, { client_message_id: c });
    const res = await rag(token, session.id, SHIPPING, c);
    expect(res.status, res.text).to.equal(200);
    const { answer, sources, message: reply, query_message: query } = res.body;

    expect(query.id).to.equal(message.id);
    expect(reply.sender.kind).to.equal('assistant');
    expect(reply.content_format).to.equal('markdown');
    expect(reply.content).to.equal(answer);
    expect(answer).to.be.a('string').and.not.be.empty;
    expect(reply.sources).to.deep.equal(sources);

    const stored = await history(token, session.id);
    expect(stored.map((m) => m.id)).to.deep.equal([message.id, reply.id]);
    expect(stored.filter((m) => m.content === SHIPPING)).to.have.length(1);
  });

  it('answers a shipping question with relevant, scored sources', async () => {
    const token = newUser();
    const c = newId();
    const { session } = await startRag(token, SHIPPING, { client_message_id: c });
    const { body } = await rag(token, session.id, SHIPPING, c);
    expect(body.sources).to.be.an('array').that.is.not.empty;
    for (const s of body.sources) {
      expect(s.title).to.be.a('string').and.not.be.empty;
      expect(() => new URL(s.url)).to.not.throw();
      expect(s.snippet).to.be.a('string').and.not.be.empty;
      expect(s.score).to.be.a('number').and.be.above(0);
    }
    const top = body.sources[0];
    expect(`${top.title} ${top.snippet}`).to.match(/ship|deliver/i);
    expect(body.answer).to.match(/ship|deliver/i);
  });

  it('returns the stored answer to a repeated query and generates nothing new', async () => {
    const token = newUser();
    const c = newId();
    const { session } = await startRag(token, SHIPPING, { client_message_id: c });
    const first = await rag(token, session.id, SHIPPING, c);
    const again = await rag(token, session.id, SHIPPING, c);
    expect(again.status, again.text).to.equal(200);
    expect(again.body.message.id).to.equal(first.body.message.id);
    expect(again.body.query_message.id).to.equal(first.body.query_message.id);
    expect(again.body.answer).to.equal(first.body.answer);
    expect(await history(token, session.id)).to.have.length(2);
  });

  it('stores a later question and its answer with one sendRagQuery', async () => {
    const token = newUser();
    const c = newId();
    const { session } = await startRag(token, SHIPPING, { client_message_id: c });
    await rag(token, session.id, SHIPPING, c);
    const c2 = newId();
    const res = await rag(token, session.id, 'Can I return an item I bought on sale?', c2);
    expect(res.status, res.text).to.equal(200);
    expect(res.body.query_message.content).to.equal('Can I return an item I bought on sale?');
    expect(res.body.query_message.client_message_id).to.equal(c2);
    expect(res.body.query_message.sender.kind).to.equal('user');
    const stored = await history(token, session.id);
    expect(stored).to.have.length(4);
    expect(stored.slice(2).map((m) => m.id)).to.deep.equal([res.body.query_message.id, res.body.message.id]);
    expect(res.body.answer).to.match(/return|refund/i);
  });

  it('answers a question in the language it is asked, through the API, citing the page in that language', async () => {
    const token = newUser();
    const c = newId();
    const question = '¿Hacen envíos al extranjero?';
    const { session } = await startRag(token, question, { client_message_id: c });
    const res = await rag(token, session.id, question, c);
    expect(res.status, res.text).to.equal(200);
    expect(res.body.sources[0].url).to.equal('https://help.northwind.example/es/pedidos-internacionales');
    expect(res.body.sources[0].title).to.equal('Pedidos internacionales');
    expect(res.body.answer).to.match(/^Enviamos al extranjero/);

    const german = await rag(token, session.id, 'Kann ich mit meinen Treuepunkten bezahlen?', newId());
    expect(german.body.answer).to.match(/^Darauf kann ich dir leider nur auf Englisch antworten:\n\n/);
    expect(german.body.sources[0].title).to.equal('Trail Club loyalty programme');
  });

  it('answers 409 to a RAG query on a vendor session', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'Is the shop open on Sunday?');
    const res = await rag(token, session.id, 'How long does shipping take?', newId());
    expectError(res, 409, 'conflict');
  });

  it('answers 422 to an empty query and 403 to a stranger', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    expectError(await rag(token, session.id, ''), 422, 'validation_failed');
    expectError(await rag(newUser(), session.id, SHIPPING), 403, 'forbidden');
  });
});
