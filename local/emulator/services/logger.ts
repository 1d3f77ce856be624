// Logger: Logger.log(format, ...values) for this execution, echoed into ws.logs with console output.
import { GAS_TYPE, Unwrappable } from '../core';
import type { Workspace } from '../workspace';
import { formatDate } from './date-format';
import { formatString } from './format-string';

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

export class LoggerImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'Logger';
  private readonly lines: string[] = [];

  constructor(readonly ws: Workspace) {
    super();
  }

  log(data: unknown, ...values: unknown[]): LoggerImpl {
    const message = values.length > 0 && typeof data === 'string' ? formatString(data, values) : show(data);
    const stamp = formatDate(this.ws.now().getTime(), this.ws.timeZone, 'yy-MM-dd HH:mm:ss:SSS z');
    this.lines.push(`[${stamp}] ${message}`);
    this.ws.logs.push(message);
    return this;
  }

  getLog(): string {
    return this.lines.map((l) => `${l}\n`).join('');
  }

  clear(): void {
    this.lines.length = 0;
  }
}
