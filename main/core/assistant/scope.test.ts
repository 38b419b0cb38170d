import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import type { Hit } from '../knowledge/retrieval';
import { isCovered } from './gate';
import { answersQuestion, isTellingWord, tellingMatches } from './scope';

const hit = (sourceId: string, matched: string[]): Hit => ({
  sourceId,
  kind: sourceId.startsWith('product:') ? 'product' : 'faq',
  key: sourceId.split(':')[1]!,
  score: 5,
  lexical: 5,
  coverage: 0.5,
  evidence: 1,
  matched,
});

describe('whether the knowledge answers a message (pure)', () => {
  it('accepts two telling words matched, or a one-word question', () => {
    expect(answersQuestion('Do you deliver to Zapopan?', [hit('faq:shipping', ['deliver', 'zapopan'])])).toBe(true);
    expect(answersQuestion('¿Envíos?', [hit('faq:shipping', ['envios'])])).toBe(true);
    expect(answersQuestion('berapa harga monstera?', [hit('product:CV-001', ['harga', 'monstera'])])).toBe(true);
  });

  it('refuses one shared word when the message is about something the knowledge never mentions', () => {
    expect(answersQuestion('is the earth flat', [hit('product:KO-1', ['flat'])])).toBe(false);
    expect(answersQuestion('¿cuándo abre el museo del Prado?', [hit('faq:hours', ['abre'])])).toBe(false);
    expect(answersQuestion('qual é a população da África do Sul', [hit('faq:intl', ['africa'])])).toBe(false);
  });

  it('accepts one shared word when the shop speaks of the other words elsewhere', () => {
    const hits = [hit('faq:returns', ['return']), hit('product:CV-015', ['pot'])];
    expect(answersQuestion('can I return a pot', hits)).toBe(true);
  });

  it('lets the day the customer asks about support a telling word the same source matches, never stand alone', () => {
    // "late" is a word the shop never uses; the hours entry writes "open" and "saturday".
    expect(answersQuestion('hey how late r u open on saturday', [hit('faq:hours', ['open', 'saturday'])])).toBe(true);
    expect(answersQuestion('oigan abren en domingo o no', [hit('faq:hours', ['abren', 'domingo'])])).toBe(true);
    // A day alone, or a day beside a word the shop never uses, is not an answer.
    expect(answersQuestion('what happened last saturday', [hit('faq:hours', ['saturday'])])).toBe(false);
    expect(answersQuestion('is the museum open on sunday', [hit('faq:hours', ['sunday'])])).toBe(false);
    // The day must be in the source that matches the telling word.
    expect(answersQuestion('how late r u open on saturday', [hit('faq:pickup', ['open']), hit('faq:hours', ['saturday'])])).toBe(false);
  });

  it('refuses a match made only through a short word’s typo correction; a long word’s correction stands', () => {
    expect(answersQuestion('can I talk to you', [hit('product:CV-006', ['talk→tall'])])).toBe(false);
    expect(answersQuestion('qual é a capital do brasil', [hit('product:CV-014', ['brasil→basil'])])).toBe(false);
    expect(answersQuestion('cancellatino fees?', [hit('faq:fees', ['cancellatino→cancellation', 'fees'])])).toBe(true);
    expect(answersQuestion('what is the cancellatino', [hit('faq:fees', ['cancellatino→cancellation'])])).toBe(true);
    // A short correction supports a word typed right.
    expect(answersQuestion('monstera in pots?', [hit('product:CV-001', ['monstera', 'pots→pot'])])).toBe(true);
  });

  it('refuses messages and matches made only of generic words', () => {
    expect(answersQuestion('hello, can you help me with something?', [hit('faq:x', ['help', 'something'])])).toBe(false);
    expect(answersQuestion('necesito ayuda hoy', [hit('faq:x', ['ayuda'])])).toBe(false);
    expect(answersQuestion('how do I find the time', [hit('faq:hours', ['find', 'time'])])).toBe(false);
    expect(isTellingWord('monstera')).toBe(true);
    expect(isTellingWord('help')).toBe(false);
  });

  it('does not ask the knowledge to explain numbers and dates', () => {
    expect(answersQuestion('invoice from March 2024?', [hit('faq:invoices', ['invoice'])])).toBe(true);
    expect(answersQuestion('factura de marzo', [hit('faq:invoices', ['factura'])])).toBe(true);
    expect(tellingMatches(hit('faq:x', ['pots→pot', 'monstera', 'help']))).toEqual({ strong: ['monstera'], bridged: [], weak: ['pots'] });
  });

  it('counts a word found through the lexicon, but not a lexicon bridge propped up by a typo correction', () => {
    const bridged = (sourceId: string, matched: string[], via: string[]): Hit => ({ ...hit(sourceId, matched), bridged: via });
    // Spanish question, English knowledge: both words are found only through the lexicon.
    expect(answersQuestion('me lo envuelven para regalo?', [bridged('faq:gift-wrap', ['envuelven', 'regalo'], ['envuelven', 'regalo'])])).toBe(true);
    expect(tellingMatches(bridged('faq:gift-wrap', ['envuelven', 'regalo'], ['envuelven']))).toEqual({ strong: ['regalo'], bridged: ['envuelven'], weak: [] });
    // "la tierra es plana": "tierra" ~ soil through the lexicon, "plana" → plant a typo correction.
    expect(answersQuestion('la tierra es plana', [bridged('product:REPOT', ['tierra', 'plana→plant'], ['tierra'])])).toBe(false);
    // The same pair with the word found as written still passes, as before the lexicon.
    expect(answersQuestion('la tierra es plana', [hit('product:REPOT', ['tierra', 'plana→plant'])])).toBe(true);
  });

  it('needs a hit', () => {
    expect(answersQuestion('do you have monstera?', [])).toBe(false);
  });
});

describe('out-of-scope questions on the demo shop', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
  });
  afterAll(() => t.dispose());

  const draft = (message: string, language: Language) => t.core.drafter.draft({ message, customerName: 'Ana', language, history: [] });

  it.each<[string, Language]>([
    ['la tierra es plana', 'es'],
    ['cómo se hace una paella', 'es'],
    ['qual é a capital do brasil', 'pt'],
    ['can I talk to you about football', 'en'],
    ['how big is a blue whale', 'en'],
  ])('hands %s (%s) to a person although retrieval is confident', async (message, language) => {
    // The words alone pass the gate (a shared word or a typo correction)…
    expect(isCovered(t.core.retriever.search(message))).toBe(true);
    // …but they do not answer the question.
    const outcome = await draft(message, language);
    expect(outcome).toMatchObject({ route: 'handoff', text: '', reasons: [{ code: 'no_knowledge' }] });
  });

  it('hands a terra é plana (pt) to a person', async () => {
    // With the demo shop's Spanish questions indexed, its words no longer pass the gate at all.
    expect(await draft('a terra é plana', 'pt')).toMatchObject({ route: 'handoff', text: '', reasons: [{ code: 'no_knowledge' }] });
  });

  it.each<[string, Language, string]>([
    ['do you have monstera?', 'en', 'product:CV-001'],
    ['Can I return a pot I bought?', 'en', 'faq:returns'],
    ['¿A qué hora abren?', 'es', 'faq:hours'],
    ['cuánto cuesta la maceta de barro', 'es', 'product:CV-015'],
    ['vocês entregam em casa?', 'pt', 'faq:shipping'],
    ['berapa harga monstera?', 'id', 'product:CV-001'],
    ['bisa bayar pakai transfer bank?', 'id', 'faq:payment'],
  ])('still answers %s (%s)', async (message, language, source) => {
    const outcome = await draft(message, language);
    expect(outcome.route).toBe('answer');
    expect(outcome.sources[0]!.id).toBe(source);
  });
});
