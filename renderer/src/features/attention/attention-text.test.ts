import { describe, expect, it } from 'vitest';
import { attentionTitle, browserPermission } from './attention-text';

describe('the window title', () => {
  it('leads with the waiting count, and is the bare name with nothing waiting', () => {
    expect(attentionTitle(3)).toBe('(3) Counterpart');
    expect(attentionTitle(0)).toBe('Counterpart');
    expect(attentionTitle(120)).toBe('(120) Counterpart');
  });

  it('reads the browser permission, or says there is no Notification API', () => {
    expect(browserPermission({})).toBe('unsupported');
    expect(browserPermission({ Notification: { permission: 'granted' } })).toBe('granted');
  });
});
