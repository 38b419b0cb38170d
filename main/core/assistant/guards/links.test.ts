import { describe, expect, it } from 'vitest';
import type { BusinessProfile, FaqEntry } from '../../../contract/schemas';
import { runGuards, type GuardContext } from './guards';
import { checkLinks, findLinks, linkKey, unknownLinks } from './links';

const SHOP = 'Casa Verde, Guadalajara. Catalog: https://casaverde.mx/catalogo — WhatsApp +52 33 1234 5678, hola@casaverde.mx';

describe('link guard', () => {
  it('finds links with a scheme, www., bare domains and WhatsApp links, without the sentence punctuation', () => {
    expect(findLinks('Pay here: https://evil.example/pay. Thanks!')).toEqual(['https://evil.example/pay']);
    expect(findLinks('Visita www.ofertas-plantas.com, o shop.example.com/sale?x=1!')).toEqual(['www.ofertas-plantas.com', 'shop.example.com/sale?x=1']);
    expect(findLinks('Escríbenos a wa.me/5215512345678 (24 h).')).toEqual(['wa.me/5215512345678']);
    expect(findLinks('Kunjungi tokoku.id/promo sekarang')).toEqual(['tokoku.id/promo']);
  });

  it('does not take prices, times, abbreviations, e-mail addresses or missing spaces for links', () => {
    const text =
      'It is 549.00 MXN, open 09:00-19:00, e.g. on Mon. etc. Write to hola@casaverde.mx. Monstera.The pot is 1.5 l. Sr. López. U.S. orders ok. v2.0 out.';
    expect(findLinks(text)).toEqual([]);
  });

  it('reduces a link to where it points', () => {
    expect(linkKey('HTTPS://www.CasaVerde.mx/catalogo/')).toBe('casaverde.mx/catalogo');
    expect(linkKey('https://wa.me/+52-33-1234-5678')).toBe('whatsapp:523312345678');
    expect(linkKey('api.whatsapp.com/send?phone=523312345678')).toBe('whatsapp:523312345678');
  });

  it('passes the shop’s own links however they are written', () => {
    expect(unknownLinks('Mira el catálogo en casaverde.mx/catalogo.', SHOP)).toEqual([]);
    expect(unknownLinks('See www.casaverde.mx/catalogo/ for photos', SHOP)).toEqual([]);
    expect(unknownLinks('Chat with us: https://wa.me/523312345678', SHOP)).toEqual([]);
  });

  it('blocks links the knowledge does not contain, in several languages', () => {
    const cases: Array<[string, string[]]> = [
      ['Pay in advance here: https://evil.example/pay', ['https://evil.example/pay']],
      ['Puedes pagar en www.pagos-rapidos.net y te lo enviamos hoy.', ['www.pagos-rapidos.net']],
      ['Faça o pagamento em loja-verde.com.br/pix, por favor.', ['loja-verde.com.br/pix']],
      ['Silakan transfer lewat bayar.id/xyz123 ya kak', ['bayar.id/xyz123']],
      ['Nhắn cho chúng tôi qua wa.me/84901234567 nhé', ['wa.me/84901234567']],
      ['Our catalog moved to casaverde.shop', ['casaverde.shop']],
      // The shop's domain with a path it never gave.
      ['Pay at https://casaverde.mx/pagar', ['https://casaverde.mx/pagar']],
    ];
    for (const [reply, links] of cases) expect(unknownLinks(reply, SHOP), reply).toEqual(links);
  });

  it('raises one blocking reason whose params carry the links', () => {
    expect(checkLinks('Hello! We are open until 7 pm.', SHOP)).toEqual([]);
    const [reason] = checkLinks('Pay at https://evil.example/pay or www.evil.example', SHOP);
    expect(reason).toMatchObject({ code: 'unknown_link', blocking: true, params: { links: '"https://evil.example/pay", "www.evil.example"', count: 2 } });
  });
});

describe('runGuards and links', () => {
  const profile: BusinessProfile = {
    name: 'Casa Verde',
    about: 'Plant shop. WhatsApp +52 33 1234 5678',
    currency: 'MXN',
    languages: ['es', 'en'],
    timezone: 'America/Mexico_City',
    hours: 'Mon-Sat 09:00-19:00',
    location: 'Guadalajara',
    tone: 'warm',
  };
  const care: FaqEntry = { id: 'care', question: 'Do you have care guides?', answer: 'Yes: casaverde.mx/guias', kind: 'info', alternatives: [] };
  const ctx = (reply: string, citedFaqs: FaqEntry[] = []): GuardContext => ({
    reply,
    citedIds: citedFaqs.map((f) => `faq:${f.id}`),
    retrievedIds: new Set(citedFaqs.map((f) => `faq:${f.id}`)),
    citedProducts: [],
    citedFaqs,
    profile,
    customerText: 'Ana\nhola',
    otherCustomers: [],
    language: 'en',
    instructions: '',
  });

  it('flags an invented link and lets a cited FAQ’s link through', () => {
    expect(runGuards(ctx('Pay here: https://evil.example/pay')).map((r) => r.code)).toContain('unknown_link');
    expect(runGuards(ctx('Yes: casaverde.mx/guias', [care])).map((r) => r.code)).not.toContain('unknown_link');
    expect(runGuards(ctx('Yes: casaverde.mx/guias')).map((r) => r.code)).toContain('unknown_link');
  });
});
