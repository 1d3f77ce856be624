// One run at a time per Sheet: two secretaries clicking together must not write twice.
import type { MenuItem } from '../domain/menu-items';
import { UserError } from './errors';

const WAIT_MS = 3000;

/** Runs `fn` holding the Sheet's lock; anyone else running an action meanwhile is told which one waits. */
export function withDocumentLock<T>(action: MenuItem, fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(WAIT_MS)) {
    throw new UserError(
      `Đang có người khác chạy "${action.label}" (hoặc một chức năng khác) trên bảng tính này. Vui lòng đợi 1–2 phút rồi thử lại; không có gì bị ghi hai lần.`,
    );
  }
  try {
    return fn();
  } finally {
    // Google batches writes: without a flush the next run to take the lock could read stale cells.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
