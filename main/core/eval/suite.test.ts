import { describe, expect, it } from 'vitest';
import { parseSuite } from './suite';

describe('reading a suite', () => {
  it('reads cases and ignores fields the format does not name', () => {
    const text = [
      '{"id":"es-1","message":"¿Puedo devolver?","lang":"es","history":[{"from":"customer","text":"hola"}],"expect":{"route":"answer","sources":["faq:returns"]},"intent":"x"}',
      '',
      '{"id":"h-1","message":"a human please","expect":{"route":"handoff","flags":[],"mustNotContain":["100%"]}}',
    ].join('\n');
    const suite = parseSuite(text);
    expect(suite.ok && suite.cases.map((c) => c.id)).toEqual(['es-1', 'h-1']);
    expect(suite.ok && suite.cases[0]!.history).toEqual([{ from: 'customer', text: 'hola' }]);
  });

  it('refuses the whole suite with line numbers when a line is bad', () => {
    const suite = parseSuite('{"id":"a","message":"x","expect":{"route":"answer"}}\nnot json\n{"id":"a","message":"y","expect":{"route":"maybe"}}\n{"id":"a","message":"z","expect":{"route":"answer"}}');
    expect(suite.ok).toBe(false);
    if (!suite.ok) {
      expect(suite.problems.map((p) => p.line)).toEqual([2, 3, 4]);
      expect(suite.problems[2]!.reason).toBe('duplicate id "a"');
    }
  });
});
