import { describe, expect, it } from 'vitest';
import * as handoff from '../fixtures/triage-handoff-cases';
import { INJECTIONS, NOT_INJECTIONS } from '../fixtures/triage-injection-cases';
import { COMPLAINT_PATTERNS, DAMAGE_PATTERNS } from './complaint';
import { JAILBREAK_PATTERNS, OVERRIDE_PATTERNS, PASSWORD_PATTERNS, SECRET_PATTERNS } from './injection';
import { LiteralMatcher, requiredLiterals } from './literals';
import { OTHERS_DATA_PATTERNS } from './others-data';
import { PERSON_PATTERNS } from './person';
import { REFUND_PATTERNS } from './refund';
import { compilePattern, type PatternTable } from './rules';
import { foldView } from './text-view';

describe('required literals', () => {
  it('reads what every match must contain', () => {
    expect(requiredLiterals('\\bdonde esta mi pedido\\b', 'u')).toEqual(['donde esta mi pedido']);
    expect(requiredLiterals('(ignore|forget)( \\w+){0,3}? (rules|prompts?)', 'u')).toEqual(['ignore', 'forget']);
    // The most selective part wins: "instruction" over "a" or "b".
    expect(requiredLiterals('(a|b)\\s+instructions?', 'u')).toEqual(['instruction']);
    expect(requiredLiterals('colou?r', 'u')).toEqual(['colo']);
    expect(requiredLiterals('(?<!no )complain', 'u')).toEqual(['complain']);
    expect(requiredLiterals('x+yz', 'u')).toEqual(['yz']);
  });

  it('claims nothing it cannot read, or when case is ignored', () => {
    expect(requiredLiterals('[a-z]+\\d*', 'u')).toBeNull();
    expect(requiredLiterals('(a|\\w+)', 'u')).toBeNull();
    expect(requiredLiterals('ab?', 'u')).toEqual(['a']);
    expect(requiredLiterals('hello', 'iu')).toBeNull();
    expect(requiredLiterals('(a)\\1', 'u')).toBeNull();
    expect(requiredLiterals('\\u0041bc', 'u')).toBeNull();
  });

  it('finds overlapping literals in one pass', () => {
    const matcher = new LiteralMatcher(['ignore', 'nor', 'ore', 'gnomes', 'क्या']);
    expect(matcher.scan('please ignore this').sort()).toEqual([0, 1, 2]);
    expect(matcher.scan('gnore क्या')).toEqual([1, 2, 4]);
    expect(matcher.scan('nothing here')).toEqual([]);
  });

  it('never rules out a message that a triage pattern matches', () => {
    const tables: PatternTable[] = [OVERRIDE_PATTERNS, JAILBREAK_PATTERNS, SECRET_PATTERNS, PASSWORD_PATTERNS, OTHERS_DATA_PATTERNS, COMPLAINT_PATTERNS, DAMAGE_PATTERNS, PERSON_PATTERNS, REFUND_PATTERNS];
    const concerns = Object.values(handoff).flatMap((cases) => Object.values(cases).flatMap((c) => [...c.yes, ...c.no]));
    const texts = [...concerns, ...Object.values(INJECTIONS).flat(), ...NOT_INJECTIONS].map((m) => foldView(m).text);
    let matched = 0;
    for (const table of tables) {
      for (const re of Object.values(table).flat()) {
        const compiled = compilePattern(re);
        const needs = requiredLiterals(compiled.source, compiled.flags);
        for (const text of texts) {
          if (!compiled.test(text)) continue;
          matched++;
          expect(needs === null || needs.some((l) => text.includes(l)), `${compiled.source} on ${text}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});
