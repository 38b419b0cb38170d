import { describe, expect, it, vi } from 'vitest';
// What `counterpart --help` and `counterpart serve` load before they do anything.
import '../cli/bench';
import '../cli/serve';
import '../node/node-core';
import { createTestCore } from '../testing/test-core';
import { triage } from './assistant/triage';
import { languageDetectorLoaded } from './assistant/triage/language';
import { compiledPatternCount } from './assistant/triage/rules';
import { smallTalkUnitsBuilt } from './assistant/small-talk';
import { catalogTermsBuilt } from './knowledge/search/catalog-words';
import { loadedOpenAiSdk } from './assistant/model/openai-sdk';
import './composition';
import './handlers';

// A condition wait, not a timing: generous for a loaded machine.
const WAIT = { timeout: 30_000, interval: 20 };

describe('start-up does no work at import', () => {
  it('compiles no triage rule and loads no language data until the core has started', async () => {
    expect(compiledPatternCount()).toBe(0);
    expect(languageDetectorLoaded()).toBe(false);
    // Nor are the small-talk phrases read, nor the catalog question words stemmed.
    expect(smallTalkUnitsBuilt()).toBe(false);
    expect(catalogTermsBuilt()).toBe(false);
    // The model SDK loads with the first model call, never for a shop that has none.
    expect(loadedOpenAiSdk()).toBeNull();

    const test = createTestCore();
    try {
      // Building the core is not starting it.
      expect(compiledPatternCount()).toBe(0);
      expect(smallTalkUnitsBuilt() || catalogTermsBuilt()).toBe(false);
      await test.core.start();
      // Warmed after start, off the request path.
      await vi.waitFor(() => {
        expect(compiledPatternCount()).toBeGreaterThan(400);
        expect(languageDetectorLoaded()).toBe(true);
        expect(smallTalkUnitsBuilt()).toBe(true);
        expect(catalogTermsBuilt()).toBe(true);
      }, WAIT);
      const warmed = compiledPatternCount();
      expect(triage('क्या मुझे किसी इंसान से बात करनी है? talk to a human please').route).toBe('handoff');
      // Each table is compiled once.
      expect(compiledPatternCount()).toBe(warmed);
      expect(loadedOpenAiSdk()).toBeNull();
    } finally {
      test.dispose();
    }
    // The condition waits above may take their whole allowance on a loaded machine.
  }, 60_000);

  it('folds the customers queued by the name index after start', async () => {
    const test = createTestCore();
    try {
      test.core.db.prepare(`INSERT INTO customers (channel, external_id, name, language, created_at) VALUES ('practice', 'p:1', 'Zoë Brandt', 'en', 0)`).run();
      await test.core.start();
      await vi.waitFor(() => expect(test.core.db.prepare('SELECT folded FROM customer_names').all()).toEqual([{ folded: 'zoe brandt' }]), WAIT);
    } finally {
      test.dispose();
    }
  });
});
