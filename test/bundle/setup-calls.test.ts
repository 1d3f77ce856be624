// Setup makes a bounded number of service calls per unit tab, whatever the number of units:
// each extra unit costs the same calls (batching by tab, not by cell or by unit pair).
import { newScenario, shareWithUnits, writeCatalogue, writeSettings } from '../../local/tools/scenario';
import { SAMPLE_CATALOGUE, SAMPLE_SETTINGS } from '../../src/domain/sample';
import type { Settings, UnitSetting } from '../../src/domain/types';

function villages(n: number): UnitSetting[] {
  return Array.from({ length: n }, (_, i) => {
    const email = `thon${i + 1}@example.com`;
    return {
      code: `T${i + 1}`,
      name: `Thôn số ${i + 1}`,
      kind: 'Thôn' as const,
      tabName: `Thôn ${i + 1}`,
      editors: [email],
      contactName: '',
      contactEmail: email,
    };
  });
}

/** Calls of the second setup run (the one that makes the unit tabs) for `n` units. */
function setupCalls(n: number): number {
  const s = newScenario();
  s.app.call('menuSetup');
  const settings: Settings = { ...SAMPLE_SETTINGS, units: villages(n) };
  writeSettings(s, settings);
  writeCatalogue(s, SAMPLE_CATALOGUE);
  shareWithUnits(s, settings);
  s.ws.calls.reset();
  s.app.call('menuSetup');
  return s.ws.calls.total();
}

describe('Thiết lập bảng tính, service calls', () => {
  const c5 = setupCalls(5);
  const c10 = setupCalls(10);
  const c20 = setupCalls(20);

  it('grows by the same number of calls for every unit added', () => {
    expect((c20 - c10) / 10).toBe((c10 - c5) / 5);
  });

  it('costs a few dozen calls per unit tab (headers, validation, formats, protection), not one per cell', () => {
    // A unit tab has about 13,000 cells of validation and formats: one call per row or cell would cost thousands.
    expect((c10 - c5) / 5).toBeLessThan(80);
  });
});
