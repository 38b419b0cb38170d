import { describe, expect, it } from 'vitest';
import { checkImportText, decodeUtf8 } from './text-checks';

describe('checkImportText (text from the renderer)', () => {
  it('drops a UTF-8 BOM silently', () => {
    expect(checkImportText('\uFEFFsku,name,price\n', 'catalog.csv')).toEqual({ ok: true, text: 'sku,name,price\n' });
  });

  it('refuses replacement characters, naming their line', () => {
    expect(checkImportText('id,question,answer\nx,Caf\uFFFD?,yes\n', 'faq.csv')).toEqual({
      ok: false,
      problem: { file: 'faq.csv', line: 2, reason: 'wrong encoding: this line is not valid UTF-8; save the file as UTF-8' },
    });
  });

  it('recognises UTF-16 read as UTF-8 by its NUL characters', () => {
    const utf16AsText = Buffer.from('sku,name,price\n', 'utf16le').toString('latin1');
    const result = checkImportText(utf16AsText, 'catalog.csv');
    expect(!result.ok && result.problem.reason).toMatch(/UTF-16/);
  });

  it('refuses an empty or blank file', () => {
    expect(checkImportText('', 'faq.csv')).toMatchObject({ ok: false, problem: { line: null, reason: 'file is empty' } });
    expect(checkImportText('\uFEFF \n\n', 'faq.csv')).toMatchObject({ ok: false, problem: { reason: 'file is empty' } });
  });

  it('measures the limit in UTF-8 bytes, not characters', () => {
    // 26 million two-byte characters: under the limit as characters, over it as bytes.
    const result = checkImportText('é'.repeat(26 * 1024 * 1024), 'catalog.csv');
    expect(!result.ok && result.problem.reason).toMatch(/^file is larger than 50 MB \(54,525,952 bytes\)/);
  });
});

describe('decodeUtf8 (bytes read by the CLI)', () => {
  it('accepts UTF-8 with or without a BOM', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFÑandú', 'utf8'), 'catalog.csv')).toEqual({ ok: true, text: 'Ñandú' });
    expect(decodeUtf8(Buffer.from('Ñandú', 'utf8'), 'catalog.csv')).toEqual({ ok: true, text: 'Ñandú' });
  });

  it.each([
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('sku,name\n', 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('sku,name\n', 'utf16le').swap16()])],
    ['UTF-16 LE without BOM', Buffer.from('sku,name\n', 'utf16le')],
  ])('refuses %s', (_name, bytes) => {
    const result = decodeUtf8(bytes, 'catalog.csv');
    expect(result).toEqual({ ok: false, problem: { file: 'catalog.csv', line: null, reason: expect.stringMatching(/UTF-16/) } });
  });

  it('refuses Latin-1 bytes, naming the line', () => {
    const bytes = Buffer.concat([Buffer.from('sku,name,price\nA,ok,1.00\nB,Caf', 'utf8'), Buffer.from([0xe9]), Buffer.from(',2.00\n')]);
    expect(decodeUtf8(bytes, 'catalog.csv')).toEqual({
      ok: false,
      problem: { file: 'catalog.csv', line: 3, reason: expect.stringMatching(/^wrong encoding: this line is not valid UTF-8/) },
    });
  });
});
