// One run at a time per Sheet: two secretaries clicking together must not write twice.
import { UserError } from './errors';

const WAIT_MS = 3000;

export function withDocumentLock<T>(what: string, fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(WAIT_MS)) {
    throw new UserError(
      `Đang có người khác chạy "${what}" (hoặc một chức năng khác) trên bảng tính này. Vui lòng đợi 1–2 phút rồi thử lại; không có gì bị ghi hai lần.`,
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
