import { describe, expect, it } from 'vitest';
import { EXTERNAL_LINK_ORIGINS, externalLinkToOpen } from './external-links';

describe('externalLinkToOpen', () => {
  it('opens https links to the allow-listed origins, in their parsed form', () => {
    expect(externalLinkToOpen('https://openrouter.ai/keys')).toBe('https://openrouter.ai/keys');
    expect(externalLinkToOpen('https://platform.openai.com/api-keys?x=1#top')).toBe('https://platform.openai.com/api-keys?x=1#top');
    expect(externalLinkToOpen('https://OpenRouter.AI/settings/keys')).toBe('https://openrouter.ai/settings/keys');
    expect(externalLinkToOpen('https://faq.whatsapp.com/1317564962315842')).toBe('https://faq.whatsapp.com/1317564962315842');
  });

  it('denies every https origin off the list — including the one the app denied nothing for before', () => {
    for (const url of ['https://evil.example/pay', 'https://example.com', 'https://wa.me/5215555555555', 'https://whatsapp.com', 'https://www.openrouter.ai/keys']) {
      expect(externalLinkToOpen(url), url).toBeNull();
    }
  });

  it('denies look-alike hosts, other ports, credentials and tricks in the host', () => {
    const tricks = [
      'https://openrouter.ai.evil.example/keys',
      'https://evil-openrouter.ai/keys',
      'https://openrouter.ai:8443/keys',
      'https://openrouter.ai@evil.example/keys',
      'https://user:pass@openrouter.ai/keys',
      'https://evil@openrouter.ai/keys',
      'https://openrouter.ai%2F@evil.example',
      'https://xn--penrouter-q4a.ai/keys',
    ];
    for (const url of tricks) expect(externalLinkToOpen(url), url).toBeNull();
  });

  it('denies every scheme but https, even to an allowed host', () => {
    const schemes = [
      'http://openrouter.ai/keys',
      'file:///etc/passwd',
      'smb://openrouter.ai/share',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'app://counterpart/index.html',
      'whatsapp://send?phone=1',
      'ms-msdt:/id PCWDiagnostic',
      'mailto:owner@example.com',
    ];
    for (const url of schemes) expect(externalLinkToOpen(url), url).toBeNull();
  });

  it('denies what is not a URL or is absurdly long', () => {
    for (const url of ['', 'openrouter.ai/keys', '//openrouter.ai/keys', 'https://', `https://openrouter.ai/${'a'.repeat(3000)}`]) {
      expect(externalLinkToOpen(url), url.slice(0, 40)).toBeNull();
    }
  });

  it('the allow-list holds only bare https origins', () => {
    for (const origin of EXTERNAL_LINK_ORIGINS) expect(new URL(origin).origin).toBe(origin);
    expect(externalLinkToOpen('https://shop.example/x', ['https://shop.example'])).toBe('https://shop.example/x');
  });
});
