// STUB: replaced by the emulators of the small services.
import { Emulated, GAS_TYPE } from './core';
import type { Workspace } from './workspace';

export const MIME_TYPE = { PDF: 'application/pdf', PLAIN_TEXT: 'text/plain', HTML: 'text/html' } as const;

export class PropertyStore {}
export class LockStore {
  constructor(readonly ws: Workspace) {}
}
export class TriggerStore {
  constructor(readonly ws: Workspace) {}
}

abstract class Service extends Emulated {
  constructor(readonly ws: Workspace) {
    super();
  }
}
export class PropertiesServiceImpl extends Service {
  readonly [GAS_TYPE] = 'PropertiesService';
}
export class LockServiceImpl extends Service {
  readonly [GAS_TYPE] = 'LockService';
}
export class ScriptAppService extends Service {
  readonly [GAS_TYPE] = 'ScriptApp';
}
export class SessionImpl extends Service {
  readonly [GAS_TYPE] = 'Session';
}
export class UtilitiesImpl extends Service {
  readonly [GAS_TYPE] = 'Utilities';
}
export class LoggerImpl extends Service {
  readonly [GAS_TYPE] = 'Logger';
}
