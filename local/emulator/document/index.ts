// STUB: replaced by the DocumentApp emulator.
import { Emulated, GAS_TYPE } from '../core';
import type { Workspace } from '../workspace';

export class DocumentStore {
  constructor(readonly ws: Workspace) {}
}

export class DocumentAppService extends Emulated {
  readonly [GAS_TYPE] = 'DocumentApp';
  constructor(readonly ws: Workspace) {
    super();
  }
}
