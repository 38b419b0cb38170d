import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import type { DraftInput } from './drafter';

type Turn = DraftInput['history'][number];

/** Follow-ups over the demo shop: the subject comes from the customer's earlier turn. */
describe('follow-up questions carry their subject from the earlier turn', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
  });
  afterAll(() => t.dispose());

  const draft = (message: string, earlier: string[], language: Language) => {
    const history: Turn[] = earlier.flatMap((text): Turn[] => [
      { from: 'customer', text },
      { from: 'shop', text: '…' },
    ]);
    return t.core.drafter.draft({ message, customerName: 'Ana', language, history });
  };

  it.each<[Language, string, string, string, string]>([
    ['en', 'how much is the monstera?', 'is it in stock?', 'product:CV-001', 'monstera'],
    ['en', 'how much is the monstera?', 'and in size L?', 'product:CV-001', 'monstera'],
    ['en', 'how much is the monstera?', 'how much for 3?', 'product:CV-001', 'monstera'],
    ['es', '¿cuánto cuesta la lavanda?', '¿y en tamaño grande?', 'product:CV-012', 'lavanda'],
    ['es', 'Hola! tienen monstera? precio?', '¿tienen en existencia?', 'product:CV-001', 'monstera'],
    ['pt', 'quanto custa a monstera?', 'tem em estoque?', 'product:CV-001', 'monstera'],
    ['id', 'berapa harga monstera?', 'ada stoknya?', 'product:CV-001', 'monstera'],
    ['hi', 'monstera kitne ka hai?', 'stock mein hai?', 'product:CV-001', 'monstera'],
  ])('(%s) "%s" then "%s" → %s', async (language, earlier, message, source, word) => {
    const outcome = await draft(message, [earlier], language);
    expect(outcome.route).toBe('answer');
    expect(outcome.sources.map((s) => s.id)).toEqual([source]);
    expect(outcome.steps?.search?.subject).toMatchObject({ from: 'history', words: expect.arrayContaining([word]) });
  });

  it('reaches past a follow-up to the turn that named the subject', async () => {
    const outcome = await draft('and in size L?', ['how much is the monstera?', 'is it in stock?'], 'en');
    expect(outcome.sources.map((s) => s.id)).toEqual(['product:CV-001']);
    expect(outcome.steps?.search?.subject?.text).toBe('how much is the monstera?\nis it in stock?');
  });

  it('leaves a greeting-only earlier turn out of the subject', async () => {
    const outcome = await draft('¿tienen en existencia?', ['¿cuánto cuesta la lavanda?', 'buenas tardes'], 'es');
    expect(outcome.sources.map((s) => s.id)).toEqual(['product:CV-012']);
    expect(outcome.steps?.search?.subject?.text).toBe('¿cuánto cuesta la lavanda?');
  });

  it.each([
    ['how much is the monstera?', 'can you build me a spaceship?'],
    ['how much is the monstera?', 'what is the capital of France?'],
    ['¿cuánto cuesta la lavanda?', '¿me ayudas con mi tarea de matemáticas?'],
  ])('an unrelated question after "%s" still goes to a person: "%s"', async (earlier, message) => {
    const outcome = await draft(message, [earlier], 'en');
    expect(outcome).toMatchObject({ route: 'handoff', text: '', reasons: [{ code: 'no_knowledge' }] });
    expect(outcome.steps?.search?.subject).toBeUndefined();
  });

  it('a question with a subject of its own keeps it', async () => {
    const outcome = await draft('do you deliver to Zapopan?', ['how much is the monstera?'], 'en');
    expect(outcome.sources[0]!.id).toBe('faq:shipping');
    expect(outcome.steps?.search?.subject).toBeUndefined();
  });
});
