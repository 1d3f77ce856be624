// STUB: replaced by the HtmlService and Ui emulator.
import { Emulated, GAS_TYPE } from './core';
import type { Workspace } from './workspace';

export class HtmlStore {
  constructor(readonly dir: string) {}
}

export class UiState {}

export class HtmlServiceImpl extends Emulated {
  readonly [GAS_TYPE] = 'HtmlService';
  constructor(readonly ws: Workspace) {
    super();
  }
}
