import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { readSmallTalk } from './small-talk';

describe('reading small talk word by word', () => {
  it.each<[string, string, Language]>([
    ['Hola', 'greeting', 'es'],
    ['buenas tardes', 'greeting', 'es'],
    ['hola buenas tardes amigo', 'greeting', 'es'],
    ['hi!', 'greeting', 'en'],
    ['Good evening everyone', 'greeting', 'en'],
    ['thanks!', 'thanks', 'en'],
    ['ok thank you so much!!', 'thanks', 'en'],
    ['muchas gracias por todo', 'thanks', 'es'],
    ['obrigado', 'thanks', 'pt'],
    ['boa noite, tudo bem?', 'chat', 'pt'],
    ['terima kasih kak', 'thanks', 'id'],
    ['selamat siang', 'greeting', 'id'],
    ['cảm ơn shop nhé', 'thanks', 'vi'],
    ['xin chào', 'greeting', 'vi'],
    ['shukriya ji', 'thanks', 'hi'],
    ['नमस्ते', 'greeting', 'hi'],
    ['hi Casa Verde', 'greeting', 'en'],
  ])('"%s" is only %s (%s)', (message, kind, language) => {
    const reading = readSmallTalk(message, ['Casa Verde']);
    expect(reading.smallTalk?.kind).toBe(kind);
    expect(reading.smallTalk?.languages[0]).toBe(language);
    expect(reading.rest).toBe('');
  });

  it.each<[string, string]>([
    ['Hola! tienen monstera? precio?', 'tienen monstera? precio?'],
    ['good morning, do you have aloe?', 'do you have aloe?'],
    ['ok gracias! y a qué hora cierran?', 'y a qué hora cierran?'],
    ['bom dia! vocês entregam em casa?', 'vocês entregam em casa?'],
    ['tienen lavanda? gracias!', 'tienen lavanda?'],
  ])('"%s" asks "%s": the greeting or thanks is cut off', (message, rest) => {
    expect(readSmallTalk(message)).toEqual({ smallTalk: null, rest, trimmed: true });
  });

  it.each([
    'good soil for cactus?',
    'kya aapke paas monstera hai?', // "hai" is Hindi "is" here, not Indonesian "hi"
    'ok',
    'please',
    'I want to talk to a person',
    '?',
  ])('"%s" is no small talk and keeps every word', (message) => {
    expect(readSmallTalk(message)).toEqual({ smallTalk: null, rest: message, trimmed: false });
  });
});

describe('the pipeline answers small talk from the profile', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
  });
  afterAll(() => t.dispose());

  const draft = (message: string, options: { language?: Language; customerName?: string } = {}) =>
    t.core.drafter.draft({ message, customerName: options.customerName ?? 'Lupita', language: options.language ?? 'en', history: [] });

  it.each<[string, Language, RegExp]>([
    ['Hola', 'es', /^¡Hola, Lupita! Bienvenido a Casa Verde\. ¿En qué te podemos ayudar hoy\?$/],
    ['buenas tardes', 'es', /Casa Verde/],
    ['hi!', 'en', /^Hi Lupita! Welcome to Casa Verde\./],
    ['thanks!', 'en', /^You're welcome!/],
    ['obrigado', 'pt', /^Por nada!/],
    ['terima kasih', 'id', /^Sama-sama!/],
    ['cảm ơn', 'vi', /^Không có gì/],
    ['shukriya', 'hi', /^Koi baat nahi!/],
    ['नमस्ते', 'hi', /Casa Verde mein aapka swagat hai/],
  ])('"%s" gets a short %s reply, never a handoff', async (message, language, reply) => {
    const outcome = await draft(message, { language });
    expect(outcome).toMatchObject({ route: 'answer', sources: [], reasons: [{ code: 'approval_required' }] });
    expect(outcome.text).toMatch(reply);
    expect(outcome.steps?.composer).toBe('small_talk');
  });

  it('greets in the language of the greeting when the chat language is another', async () => {
    expect((await draft('Hola', { language: 'en' })).text).toMatch(/^¡Hola, Lupita!/);
    expect((await draft('obrigado', { language: 'es' })).text).toMatch(/^Por nada!/);
  });

  it.each(['Customer', 'WhatsApp customer', '+52 33 1234 5678', ' '])('never greets "%s" by that name', async (customerName) => {
    const outcome = await draft('hello', { customerName });
    expect(outcome.text).toMatch(/^Hi! Welcome to Casa Verde\./);
    const answered = await draft('do you have monstera?', { customerName });
    expect(answered.text).toMatch(/^Hi!\n/);
  });

  it('a greeting before a question answers the question', async () => {
    const outcome = await draft('Hola! tienen monstera? precio?', { language: 'es' });
    expect(outcome).toMatchObject({ route: 'answer', sources: [{ id: 'product:CV-001' }], steps: { turn: { smallTalk: null, trimmed: true }, search: { query: 'tienen monstera? precio?' } } });
    expect(outcome.text).toContain('549.00 MXN');
  });

  it('greeting words do not drag the gate down', async () => {
    // With the greeting counted, the aloe matches too little of the message to answer.
    const message = 'hello there good morning, do you have aloe?';
    const whole = await t.core.search.search(message);
    expect(whole.hits[0]?.coverage ?? 0).toBeLessThan(0.3);
    expect(await draft(message)).toMatchObject({ route: 'answer', sources: [{ id: 'product:CV-011' }] });
  });
});
