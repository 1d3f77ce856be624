// A vm context shaped like the one gas-local gives the bundle, holding only the services under test
// (so these tests do not depend on the SpreadsheetApp and DocumentApp emulators).
import vm from 'node:vm';
import { instrument, type Realm } from '../../local/emulator/core';
import { HtmlServiceImpl } from '../../local/emulator/html';
import { MailAppService } from '../../local/emulator/mail';
import {
  LockServiceImpl,
  LoggerImpl,
  PropertiesServiceImpl,
  ScriptAppService,
  SessionImpl,
  UtilitiesImpl,
} from '../../local/emulator/services';
import type { Workspace } from '../../local/emulator/workspace';

export interface VmWorld {
  readonly realm: Realm;
  readonly context: vm.Context;
  run<T = unknown>(code: string): T;
}

/** One "execution": a fresh context whose globals are this Workspace's services in that realm. */
export function vmWorld(ws: Workspace): VmWorld {
  const context = vm.createContext({});
  const realm = vm.runInContext('({ Date, Array, Object, Error })', context) as Realm;
  const wrap = <T extends object>(service: T) => instrument(service, realm, ws);
  Object.assign(context, {
    MailApp: wrap(new MailAppService(ws)),
    PropertiesService: wrap(new PropertiesServiceImpl(ws)),
    LockService: wrap(new LockServiceImpl(ws)),
    ScriptApp: wrap(new ScriptAppService(ws)),
    HtmlService: wrap(new HtmlServiceImpl(ws)),
    Session: wrap(new SessionImpl(ws)),
    Utilities: wrap(new UtilitiesImpl(ws)),
    Logger: wrap(new LoggerImpl(ws)),
    Ui: { get: () => instrument(ws.ui.ui(), realm, ws) },
  });
  return { realm, context, run: <T>(code: string) => vm.runInContext(code, context) as T };
}
