// STUB: replaced by the MailApp emulator.
import { Emulated, GAS_TYPE } from './core';
import type { Workspace } from './workspace';

export class MailStore {
  constructor(
    readonly ws: Workspace,
    public remaining: number,
  ) {}
}

export class MailAppService extends Emulated {
  readonly [GAS_TYPE] = 'MailApp';
  constructor(readonly ws: Workspace) {
    super();
  }
}
