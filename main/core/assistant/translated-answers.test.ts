import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../contract/knowledge-schemas';
import type { Language, QueueItem } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';

describe('answers in the customer language, when the owner wrote them', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
  });
  afterAll(() => t.dispose());
  const draft = (message: string, language: Language) => t.core.drafter.draft({ message, customerName: 'Luis', language, history: [] });
  const faq = (id: string) => t.core.knowledge.faqsById([id]).get(id)!;
  const codes = (o: { reasons: Array<{ code: string }> }) => o.reasons.map((r) => r.code);

  it('a Spanish question quotes the Spanish answer, cited, with no language warning', async () => {
    const shipping = faq('shipping');
    const es = shipping.translations!.es!.answer;
    const outcome = await draft('¿Cuánto cuesta el envío a domicilio?', 'es');
    expect(outcome.sources[0]!.id).toBe('faq:shipping');
    expect(outcome.text).toMatch(/^¡Hola, Luis!/);
    expect(outcome.text).toContain('Nuestra política dice: "Hacemos envíos a domicilio');
    expect(es).toContain('Hacemos envíos a domicilio');
    expect(outcome.text).not.toContain(shipping.answer.slice(0, 30));
    // Quoted word for word from the owner's translation: the policy and amount guards agree.
    expect(codes(outcome)).toEqual(['approval_required', 'policy_quoted']);
  });

  it('the same entry asked in English quotes the English answer', async () => {
    const outcome = await draft('Do you deliver?', 'en');
    expect(outcome.sources[0]!.id).toBe('faq:shipping');
    expect(outcome.text).toContain(`"${faq('shipping').answer}"`);
    expect(codes(outcome)).not.toContain('wrong_language');
  });

  it('an info entry in Spanish is quoted without a policy frame', async () => {
    const outcome = await draft('¿qué formas de pago aceptan?', 'es');
    expect(outcome.sources[0]!.id).toBe('faq:payment');
    expect(outcome.text).toContain('Aceptamos efectivo, tarjetas de débito y crédito');
    expect(codes(outcome)).toEqual(['approval_required']);
  });

  it('a language with no translation falls back as before: the answer as written, in a frame of that language', async () => {
    const outcome = await draft('vocês entregam em casa? quanto custa a entrega?', 'pt');
    expect(outcome.sources[0]!.id).toBe('faq:shipping');
    expect(outcome.text).toContain('Nossa política diz: "We deliver');
  });

  it('the Spanish product name is used in a Spanish reply', async () => {
    const outcome = await draft('¿cuánto cuesta la maceta de talavera grande?', 'es');
    expect(outcome.sources[0]!.id).toBe('product:CV-016');
    expect(outcome.text).toContain('Maceta de Talavera (size L) cuesta 529.00 MXN');
  });
});

describe('translations in the knowledge folder, in retrieval and in the review', () => {
  const FAQ = [
    'id,question,answer,kind,alternatives,question_es,answer_es',
    'care,How do I care for a bonsai?,"Water when the topsoil is dry and keep it outdoors in bright shade.",info,,¿Cómo cuido un bonsái?,"Riégalo cuando la tierra de arriba esté seca y tenlo afuera en sombra luminosa."',
    'hours,When are you open?,Mon-Fri 10:00-18:00.,info,,,',
  ].join('\n');
  let t: TestCore;
  beforeAll(async () => {
    t = createTestCore();
    const preview = await t.call<ImportPreview>('previewImport', { faq: FAQ });
    expect(preview.problems).toEqual([]);
    await t.call('applyImport', { previewId: preview.previewId });
  });
  afterAll(() => t.dispose());

  it('imports question_es/answer_es and exports them back unchanged', async () => {
    expect(t.core.knowledge.faqsById(['care']).get('care')!.translations).toEqual({
      es: { question: '¿Cómo cuido un bonsái?', answer: 'Riégalo cuando la tierra de arriba esté seca y tenlo afuera en sombra luminosa.' },
    });
    expect(t.core.knowledge.faqsById(['hours']).get('hours')!.translations).toBeUndefined();
    const files = await t.call<{ faq: string }>('exportKnowledge');
    expect(files.faq.split('\n')[0]).toBe('id,question,answer,kind,alternatives,question_es,answer_es');
    const again = await t.call<ImportPreview>('previewImport', { faq: files.faq });
    expect(again.faqs).toMatchObject({ added: [], changed: [], removed: [], unchanged: 2 });
  });

  it('refuses a translation column for a language the app does not know, and a question without its answer', async () => {
    const bad = await t.call<ImportPreview>('previewImport', { faq: 'id,question,answer,answer_fr\na,Q?,A.,R.\n' });
    expect(bad.problems[0]!.reason).toMatch(/unknown column "answer_fr".*answer_es/);
    const half = await t.call<ImportPreview>('previewImport', { faq: 'id,question,answer,question_es\na,Q?,A.,¿P?\n' });
    expect(half.problems[0]!.reason).toMatch(/es translation has a question but no answer/);
  });

  it('finds the entry from its translated question alone', async () => {
    // "cuido" and "bonsái" are only in the Spanish question.
    const found = await t.core.search.search('¿cómo cuido mi bonsái?', { limit: 3 });
    expect(found.hits[0]?.sourceId).toBe('faq:care');
    const outcome = await t.core.drafter.draft({ message: '¿cómo cuido mi bonsái?', customerName: 'Ana', language: 'es', history: [] });
    expect(outcome.text).toContain('Riégalo cuando la tierra de arriba esté seca');
  });

  it('a reply in the wrong language cannot be sent as drafted; an edit in the customer language can', async () => {
    await t.call('sendPracticeMessage', { customerName: 'Ana', language: 'pt', text: 'como cuidar de um bonsai? obrigada' });
    await t.core.inbox.idle();
    const item = (await t.call<{ items: QueueItem[] }>('listQueue')).items[0]!;
    expect(item.route).toBe('answer');
    expect(item.reasons.find((r) => r.code === 'wrong_language')?.blocking).toBe(true);
    await expect(t.call('approveDraft', { draftId: item.draftId, text: item.draft })).rejects.toThrow(/Edit the reply before sending/);
    const edited = 'Olá Ana! Regue quando a terra de cima estiver seca e deixe o bonsai fora, na sombra clara.';
    expect((await t.call<QueueItem>('approveDraft', { draftId: item.draftId, text: edited })).status).toBe('approved');
  });
});
