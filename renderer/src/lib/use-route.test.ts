import { describe, expect, it } from 'vitest';
import { parseHash } from './use-route';

describe('parseHash', () => {
  it('opens on the inbox by default, or on the home the app asks for', () => {
    expect(parseHash('')).toEqual({ screen: 'inbox', id: null });
    expect(parseHash('#/nowhere')).toEqual({ screen: 'inbox', id: null });
    expect(parseHash('', 'knowledge')).toEqual({ screen: 'knowledge', id: null });
  });

  it('keeps the screen and the open conversation of a hash', () => {
    expect(parseHash('#/inbox/42')).toEqual({ screen: 'inbox', id: 42 });
    expect(parseHash('#/practice/7', 'knowledge')).toEqual({ screen: 'practice', id: 7 });
    expect(parseHash('#/inbox/x')).toEqual({ screen: 'inbox', id: null });
  });
});
