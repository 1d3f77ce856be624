// Turns what Google throws into a sentence a commune official can act on. Our own problems are
// UserError: their message is already written for the user.
import { MENU } from '../domain/menu-items';

export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

const KNOWN: { pattern: RegExp; message: string }[] = [
  {
    pattern: /too many times for one day: email|Email quota/i,
    message: 'Đã hết hạn mức gửi thư của tài khoản trong ngày hôm nay. Vui lòng gửi tiếp vào ngày mai.',
  },
  {
    pattern: /too many times for one day/i,
    message: 'Google đã giới hạn số lần dùng dịch vụ trong ngày hôm nay. Vui lòng thử lại vào ngày mai.',
  },
  {
    pattern: /Lock timeout|another process was holding the lock/i,
    message: 'Đang có người khác chạy chức năng này trên bảng tính. Vui lòng đợi ít phút rồi thử lại.',
  },
  {
    pattern: /protected cell|protected range|protected sheet|protected/i,
    message: `Bạn không có quyền sửa phần này của bảng tính (vùng được bảo vệ). Hãy nhờ thư ký BQL NTM xã thực hiện, hoặc nhờ chủ bảng tính chạy ${MENU.setup.label} để cập nhật quyền.`,
  },
  {
    pattern: /permission|not have access|Access denied|authori[sz]/i,
    message:
      'Tài khoản của bạn chưa có quyền thực hiện thao tác này. Hãy mở lại bảng tính, chấp thuận quyền cho tiện ích, hoặc nhờ thư ký BQL NTM xã thực hiện.',
  },
  {
    pattern: /Exceeded maximum execution time|timed out|Timeout/i,
    message: 'Thao tác chạy quá thời gian Google cho phép. Vui lòng thử lại; nếu vẫn lỗi, hãy báo cho người quản trị.',
  },
  {
    pattern: /Service (error|unavailable)|Internal error|server error|try again/i,
    message: 'Dịch vụ của Google tạm thời gặp lỗi. Vui lòng thử lại sau ít phút.',
  },
];

/** The message of anything thrown (Google's services throw Errors; a script may throw anything). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The Vietnamese message for an error, keeping Google's own text at the end for whoever helps the user. */
export function explain(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const text = errorText(error);
  if ((error as { name?: string } | null)?.name === 'UserError') return text;
  const known = KNOWN.find((k) => k.pattern.test(text));
  const head = known ? known.message : 'Có lỗi không mong muốn khi chạy chức năng.';
  return `${head}\n(Chi tiết kỹ thuật: ${text})`;
}

/** Writes an error to the execution log with its stack, for whoever helps the user. */
export function logError(error: unknown): void {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

/** Runs a trigger's work: an error is logged and rethrown, so that Google mails the trigger's owner. */
export function triggerAction(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    logError(error);
    throw error;
  }
}
