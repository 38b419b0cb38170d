import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../main/contract/contract';
import { ERROR_CODES, resultOf } from './http-result';

describe('resultOf', () => {
  it('knows every error code of the contract', () => {
    expect(ERROR_CODES).toEqual(ErrorCode.options);
  });

  it('passes the server’s Result through, a 413 too_large included', () => {
    const tooLarge = { ok: false, error: { code: 'too_large', message: 'The request is larger than previewImport accepts (202 MB).' } };
    expect(resultOf(413, JSON.stringify(tooLarge))).toEqual(tooLarge);
    expect(resultOf(200, '{"ok":true,"value":{"n":1}}')).toEqual({ ok: true, value: { n: 1 } });
  });

  it('maps answers that are not a Result by status: 413 is too_large, 401 asks for the newest link', () => {
    expect(resultOf(413, '<html>too big</html>')).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(resultOf(401, '')).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('counterpart serve') } });
    expect(resultOf(502, '{"unexpected":true}')).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
