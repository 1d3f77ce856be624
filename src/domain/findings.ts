// How a problem found in what a user typed is told to them: one line with where and what to do.
import type { Finding } from './types';

/** "- Hội Nông dân (dòng 12, cột F (Số lượng)): …" */
export function describeFinding(f: Finding): string {
  const where = [f.row !== null ? `dòng ${f.row}` : '', f.column ? `cột ${f.column}` : ''].filter(Boolean).join(', ');
  return `- ${f.tab}${where ? ` (${where})` : ''}: ${f.message}`;
}

/** A finding about a whole tab (no row, no column). */
export function tabFinding(tab: string, severity: Finding['severity'], message: string): Finding {
  return { tab, row: null, column: null, severity, message };
}
