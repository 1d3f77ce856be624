// What a run of Tổng hợp báo cáo tells the period dialog: the totals and each unit's counts, from
// the consolidation (src/gas/consolidation.ts writes the tabs, the dialog shows this).
import type { Consolidation, UnitTotal } from './types';

interface UnitCount {
  readonly unit: string;
  readonly tab: string;
  readonly status: 'ok' | 'missing' | 'badHeader';
  readonly counted: number;
  readonly notCounted: number;
  readonly outsidePeriod: number;
  readonly reported: boolean;
}

export interface ConsolidationRun {
  readonly periodLabel: string;
  readonly readAt: string;
  /** Rows counted, and rows that could not be (errors), over all units. */
  readonly total: Pick<UnitCount, 'counted' | 'notCounted'>;
  readonly units: readonly UnitCount[];
  readonly notReported: readonly string[];
}

type RunUnit = Pick<
  UnitTotal,
  'unitName' | 'tabName' | 'tabStatus' | 'activities' | 'rejected' | 'outsidePeriod' | 'reported'
>;

/** The run of `c`, read at `readAt` ("dd/MM/yyyy HH:mm"). */
export function consolidationRun(
  c: Pick<Consolidation, 'period' | 'notReported'> & { readonly units: readonly RunUnit[] },
  readAt: string,
): ConsolidationRun {
  return {
    periodLabel: c.period.label,
    readAt,
    total: {
      counted: c.units.reduce((n, u) => n + u.activities, 0),
      notCounted: c.units.reduce((n, u) => n + u.rejected, 0),
    },
    units: c.units.map((u) => ({
      unit: u.unitName,
      tab: u.tabName,
      status: u.tabStatus,
      counted: u.activities,
      notCounted: u.rejected,
      outsidePeriod: u.outsidePeriod,
      reported: u.reported,
    })),
    notReported: c.notReported,
  };
}
