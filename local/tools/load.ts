// Loads the built bundle (dist/Code.js) with gas-local into a fresh vm context whose globals are
// the emulator's services, bound to that context's realm.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import gas from 'gas-local';
import type { Realm } from '../emulator/core';
import type { Workspace } from '../emulator/workspace';

export interface LoadedBundle {
  /** The vm context: its top-level functions are the bundle's entry points. */
  readonly context: Record<string, unknown>;
  readonly realm: Realm;
  /**
   * Calls a top-level function of the bundle by name, as a menu item or google.script.run would; the
   * call is one execution (Docs saved, locks released at its end).
   */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** Evaluates an expression inside the bundle's realm (for making values the bundle would see). */
  evaluate<T = unknown>(code: string): T;
}

export function loadBundle(ws: Workspace, distDir = join(__dirname, '..', '..', 'dist')): LoadedBundle {
  const context = vm.createContext({}) as Record<string, unknown>;
  const realm = vm.runInContext('({ Date, Array, Object, Error })', context) as Realm;
  installClock(context, () => ws.now().getTime());
  const globals = ws.globals(realm);
  if (ws.consent.manifest.length === 0) ws.consent.manifest = manifestScopes(distDir);
  Object.assign(context, globals);
  gas.require(distDir, context, { filter: (file: string) => file.endsWith('/Code.js') });
  return {
    context,
    realm,
    call<T>(name: string, ...args: unknown[]): T {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`No top-level function ${name} in the bundle`);
      ws.consent.pending = null;
      let result: T;
      try {
        result = fn(...args) as T;
      } finally {
        ws.endExecution(globals);
      }
      // Google ends the run at requireScopes: a bundle that caught that and went on is wrong.
      if (ws.consent.pending) throw new Error(`${name} went on after requireScopes asked for authorisation`);
      return result;
    },
    evaluate<T>(code: string): T {
      return vm.runInContext(code, context) as T;
    },
  };
}

/** The oauthScopes of the pushed manifest: what a user grants unless a test says otherwise. */
function manifestScopes(distDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8')) as { oauthScopes?: string[] };
  return manifest.oauthScopes ?? [];
}

/**
 * `new Date()` and `Date.now()` in the bundle read the emulator's clock, so a run "on 20/06/2023"
 * dates its report that day. Dates made with arguments, `instanceof Date` and the prototype are
 * the realm's own.
 */
function installClock(context: vm.Context, now: () => number): void {
  const install = vm.runInContext(
    `(function (now) {
      var RealDate = Date;
      function EmulatedDate() {
        if (!new.target) return new RealDate(now()).toString();
        var args = Array.prototype.slice.call(arguments);
        return args.length === 0 ? new RealDate(now()) : new (Function.prototype.bind.apply(RealDate, [null].concat(args)))();
      }
      EmulatedDate.prototype = RealDate.prototype;
      EmulatedDate.now = function () { return now(); };
      EmulatedDate.UTC = RealDate.UTC;
      EmulatedDate.parse = RealDate.parse;
      Date = EmulatedDate;
    })`,
    context,
  ) as (now: () => number) => void;
  install(now);
}
