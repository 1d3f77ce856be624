// The emulator's own speed: bundle tests and the consolidation bench read whole tabs through it, so a
// slow getValues would make every figure above it slower. A figure here, not a timed test: timings on
// a shared 2-core machine are not a pass/fail fact.
import { Workspace } from '../emulator';
import type { Benchmark } from './bench';

const COLUMNS = 19;

export const emulatorRead: Benchmark = {
  name: 'emulator-read',
  description: 'Trình giả lập: thời gian một getValues trên --rows dòng × 19 cột (mặc định 60.000 dòng)',
  defaults: { rows: 60_000, runs: 5 },
  run(o) {
    const sheet = new Workspace().spreadsheets.create('Báo cáo NTM').getActiveSheet();
    if (o.rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), o.rows - sheet.getMaxRows());
    const data = Array.from({ length: o.rows }, (_, i) =>
      Array.from({ length: COLUMNS }, (_, j) =>
        j === 0 ? new Date(Date.UTC(2023, 0, 1 + (i % 365))) : j % 2 ? i * j : `ô ${i}`,
      ),
    );
    const range = sheet.getRange(1, 1, o.rows, COLUMNS);
    range.setValues(data);
    range.getValues(); // warm-up: the first call pays for compiling the loop
    const times: number[] = [];
    for (let k = 0; k < o.runs; k++) {
      const t0 = performance.now();
      range.getValues();
      times.push(performance.now() - t0);
    }
    const sorted = [...times].sort((a, b) => a - b);
    return {
      rows: o.rows,
      columns: COLUMNS,
      minMs: Math.round(sorted[0] * 10) / 10,
      medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10,
      runs: o.runs,
      targets: { under100ms: sorted[0] < 100 },
    };
  },
};
