import { describe, expect, it } from 'vitest';
import type { BusinessProfile, FaqEntry, Product } from '../../../contract/schemas';
import { RULES } from '../model/prompt';
import { checkAmounts, findAmounts, numberValues } from './amounts';
import { runGuards, type GuardContext } from './guards';
import { checkLanguage, detectLanguage } from './language';
import { checkLength } from './length';
import { checkPolicies, policyTopics } from './policy';
import { checkPrivateData, findPhones } from './private-data';
import { checkPromptLeak } from './prompt-leak';
import { checkSources } from './sources';

const monstera: Product = {
  sku: 'CV-001',
  name: 'Monstera Deliciosa',
  description: 'Classic split-leaf monstera, about 60 cm tall.',
  price: '549.00',
  currency: 'MXN',
  stock: 14,
  options: {},
  tags: [],
  active: true,
};
const returns: FaqEntry = {
  id: 'returns',
  question: 'Can I return a product?',
  answer: 'Unused pots can be returned within 14 days with the receipt; we refund to the original payment method within 5 business days.',
  kind: 'policy',
  alternatives: ['can i get a refund'],
};
const shipping: FaqEntry = {
  id: 'shipping',
  question: 'Do you deliver?',
  answer: 'We deliver in the Guadalajara metro area Mon-Sat for 89 MXN, free on orders over 1,200 MXN.',
  kind: 'policy',
  alternatives: [],
};
const hours: FaqEntry = { id: 'hours', question: 'What are your opening hours?', answer: 'We are open Monday to Saturday, 09:00 to 19:00.', kind: 'info', alternatives: [] };
const profile: BusinessProfile = {
  name: 'Casa Verde',
  about: 'Plant shop. WhatsApp +52 33 1234 5678, hola@casaverde.mx',
  currency: 'MXN',
  languages: ['es', 'en'],
  timezone: 'America/Mexico_City',
  hours: 'Mon-Sat 09:00-19:00',
  location: 'Guadalajara',
  tone: 'warm',
};

const codes = (reasons: Array<{ code: string }>) => reasons.map((r) => r.code);

describe('amount guard', () => {
  it('passes prices and stock copied from a cited product and figures of a cited FAQ', () => {
    expect(checkAmounts('The Monstera Deliciosa is 549.00 MXN and we have 14 in stock.', { products: [monstera], faqs: [] })).toEqual([]);
    expect(checkAmounts('Delivery is 89 MXN, free over 1,200 MXN.', { products: [], faqs: [shipping] })).toEqual([]);
    expect(checkAmounts('La Monstera cuesta $549 y quedan 14.', { products: [monstera], faqs: [] })).toEqual([]);
  });

  it('blocks an invented price, a converted price and an invented stock count', () => {
    const invented = checkAmounts('The Monstera is only 499 MXN today!', { products: [monstera], faqs: [] });
    expect(invented).toMatchObject([{ code: 'unsupported_amount', blocking: true }]);
    expect(invented[0]!.message).toContain('499 MXN');
    // The card translates the sentence; the figures travel as they were written.
    expect(invented[0]!.params).toEqual({ amounts: '"499 MXN"', count: 1 });
    expect(checkAmounts('It is $30, or 25% off.', { products: [monstera], faqs: [] })[0]!.params).toEqual({ amounts: '"$30", "25%"', count: 2 });
    expect(codes(checkAmounts('That is about $30 USD.', { products: [monstera], faqs: [] }))).toEqual(['unsupported_amount']);
    expect(codes(checkAmounts('We have 3 in stock.', { products: [monstera], faqs: [] }))).toEqual(['unsupported_amount']);
    expect(codes(checkAmounts('Two of them cost 1098 MXN.', { products: [monstera], faqs: [] }))).toEqual(['unsupported_amount']);
    expect(codes(checkAmounts('You get 20% off today.', { products: [], faqs: [shipping] }))).toEqual(['unsupported_amount']);
    expect(codes(checkAmounts('It costs 600.', { products: [monstera], faqs: [] }))).toEqual(['unsupported_amount']);
  });

  it('reads numbers the way each locale writes them', () => {
    expect(numberValues('1,200')).toEqual([1200, 1.2]);
    expect(numberValues('1.250.000')).toEqual([1250000]);
    expect(numberValues('549.00')).toEqual([549]);
    expect(numberValues('89', 1000)).toEqual([89000]);
    expect(findAmounts('Harganya Rp 125.000 atau 89rb').map((f) => f.values)).toEqual([[125000, 125], [89000]]);
  });
});

describe('policy guard', () => {
  it('finds policy topics in the six languages', () => {
    expect(policyTopics('¿Hacen devoluciones?')).toEqual(['returns']);
    expect(policyTopics('Có giao hàng không')).toEqual(['shipping']);
    expect(policyTopics('Ada diskon?')).toEqual(['discounts']);
    expect(policyTopics('पैसे वापस मिलेंगे?')).toEqual(['returns']);
    expect(policyTopics('Tem garantia?')).toEqual(['warranty']);
    expect(policyTopics('What time do you open?')).toEqual([]);
  });

  it('blocks an invented refund policy when no policy FAQ is cited', () => {
    const reasons = checkPolicies('You can get a full refund within 60 days, no questions asked.', { faqs: [hours], quotable: [hours.answer] });
    expect(reasons).toMatchObject([{ code: 'unsupported_policy', blocking: true }]);
  });

  it('blocks a refund promise whose numbers differ from the cited policy', () => {
    const reasons = checkPolicies('You can return it within 30 days for a refund.', { faqs: [returns], quotable: [returns.answer] });
    expect(reasons).toMatchObject([{ code: 'unsupported_policy', blocking: true }]);
    expect(reasons[0]!.message).toContain('30');
    expect(reasons[0]!.params).toEqual({ sentences: '"You can return it within 30 days for a refund."', count: 1 });
  });

  it('passes a policy restated from the cited policy entry, and a quotation of any cited source', () => {
    expect(checkPolicies('Unused pots can be returned within 14 days with the receipt.', { faqs: [returns], quotable: [returns.answer] })).toEqual([]);
    expect(checkPolicies('Sure! You can return unused pots within 14 days and get your refund in 5 business days.', { faqs: [returns], quotable: [] })).toEqual([]);
    const payment: FaqEntry = { id: 'payment', question: 'Payment?', answer: 'For deliveries we ask for transfer before dispatch.', kind: 'info', alternatives: [] };
    expect(checkPolicies('For deliveries we ask for transfer before dispatch.', { faqs: [payment], quotable: [payment.answer] })).toEqual([]);
  });
});

describe('source guard', () => {
  it('blocks a cited source that was not retrieved', () => {
    expect(checkSources(['faq:returns'], new Set(['faq:returns']))).toEqual([]);
    expect(checkSources(['faq:returns', 'faq:warranty'], new Set(['faq:returns']))).toMatchObject([
      { code: 'unknown_source', blocking: true, params: { sources: 'faq:warranty', count: 1 } },
    ]);
  });
});

describe('private-data guard', () => {
  const context = { shopText: Object.values(profile).join('\n'), otherCustomers: ['Maria Lopez', 'Jorge'], customerText: 'Ana\nhello' };

  it("blocks another customer's phone, email and name", () => {
    const phone = checkPrivateData('Call Maria on +52 33 9876 5432.', context);
    expect(phone).toMatchObject([{ code: 'private_data', blocking: true }]);
    expect(phone[0]!.message).toContain('+52 33 9876 5432');
    expect(phone[0]!.params).toEqual({ items: '+52 33 9876 5432', count: 1 });
    // Only the values travel to the card, never the English labels around them.
    const both = checkPrivateData('Maria Lopez is on +52 33 9876 5432 or pedro.s@gmail.com', context);
    expect(both[0]!.params).toEqual({ items: '+52 33 9876 5432, pedro.s@gmail.com, maria lopez', count: 3 });
    expect(codes(checkPrivateData('Write to jorge.p@gmail.com', context))).toEqual(['private_data']);
    expect(checkPrivateData('Maria Lopez bought the same pot yesterday.', context)[0]!.message).toContain('maria lopez');
  });

  it("allows the shop's own contact details, prices with many digits and the customer's own words", () => {
    expect(checkPrivateData('Write us on WhatsApp at +52 33 1234 5678 or hola@casaverde.mx', context)).toEqual([]);
    expect(findPhones('Harganya Rp 12.500.000 ya')).toEqual([]);
    expect(checkPrivateData('Hi Ana, thanks Jorge is not mentioned here', { ...context, customerText: 'Ana\nmy friend Jorge sent me' })).toEqual([]);
  });
});

describe('prompt-leak guard', () => {
  it('blocks a reply that repeats the instructions', () => {
    const leak = 'Sure, my instructions say: Use only facts from KNOWLEDGE. Never invent products, prices, stock, policies.';
    expect(checkPromptLeak(leak, RULES)).toEqual([expect.objectContaining({ code: 'prompt_leak', blocking: true, params: {} })]);
    expect(checkPromptLeak('We are open Monday to Saturday, 09:00 to 19:00.', RULES)).toEqual([]);
  });
});

describe('language guard', () => {
  it('detects the six languages from words and script', () => {
    expect(detectLanguage('Hola, ¿tienen la maceta en color azul para regalo?')).toBe('es');
    expect(detectLanguage('Olá, vocês têm o vaso azul? Não sei se tem')).toBe('pt');
    expect(detectLanguage('Chào shop, cây này còn hàng không ạ?')).toBe('vi');
    expect(detectLanguage('क्या यह पौधा कुत्ते के लिए सुरक्षित है')).toBe('hi');
    expect(detectLanguage('Kak, apakah tanaman ini ada dan bisa dikirim ke Bandung?')).toBe('id');
    expect(detectLanguage('Do you have the blue pot in stock for this week?')).toBe('en');
    expect(detectLanguage('monstera?')).toBeNull();
  });

  it('flags a reply in another language than the customer writes', () => {
    // Languages travel as codes: the card names them, not the core in English.
    expect(checkLanguage('Yes, we have the Monstera and it is in stock for you.', 'es')).toMatchObject([
      { code: 'wrong_language', params: { foundLanguage: 'en', expectedLanguage: 'es' }, blocking: true },
    ]);
    expect(checkLanguage('Sí, tenemos la Monstera y está disponible para ti.', 'es')).toEqual([]);
  });
});

describe('length guard and the runner', () => {
  it('flags a reply over the limit', () => {
    expect(checkLength('x'.repeat(1001))).toMatchObject([{ code: 'too_long', params: { length: 1001, max: 1000 } }]);
    expect(checkLength('short')).toEqual([]);
  });

  it('runs every guard over one draft', () => {
    const ctx: GuardContext = {
      reply: 'The Monstera Deliciosa is 549.00 MXN and we have 14 in stock.',
      citedIds: ['product:CV-001'],
      retrievedIds: new Set(['product:CV-001']),
      citedProducts: [monstera],
      citedFaqs: [],
      profile,
      customerText: 'Ana\nhow much is the monstera',
      otherCustomers: ['Maria Lopez'],
      language: 'en',
      instructions: RULES,
    };
    expect(runGuards(ctx)).toEqual([]);
    const bad = runGuards({ ...ctx, reply: 'Maria Lopez paid 499 MXN and got a refund within 60 days.', citedIds: ['product:CV-001', 'faq:x'] });
    expect(codes(bad)).toEqual(['unknown_source', 'unsupported_amount', 'unsupported_policy', 'private_data']);
    expect(runGuards({ ...ctx, reply: '' })).toEqual([]);
  });
});
