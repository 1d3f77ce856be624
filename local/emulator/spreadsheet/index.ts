// STUB: replaced by the SpreadsheetApp emulator.
import { Emulated, GAS_TYPE } from '../core';
import type { Workspace } from '../workspace';

export class SpreadsheetStore {
  constructor(readonly ws: Workspace) {}
}

export class SpreadsheetAppService extends Emulated {
  readonly [GAS_TYPE] = 'SpreadsheetApp';
  constructor(readonly ws: Workspace) {
    super();
  }
}
