// Session: who runs the script, its time zone and the user's locale.
import { createHash } from 'node:crypto';
import { GAS_TYPE, Unwrappable } from '../core';
import { UserImpl } from '../user';
import type { Workspace } from '../workspace';

/** The locale of every user of this product (a Vietnamese commune). */
const ACTIVE_USER_LOCALE = 'vi';

export class SessionImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'Session';

  constructor(readonly ws: Workspace) {
    super();
  }

  /** The person running; '' where Google withholds the address (see Workspace.sessionActiveUser). */
  getActiveUser(): UserImpl {
    return new UserImpl(this.ws.sessionActiveUser);
  }

  /**
   * The user whose authority the script runs under: the person at the keyboard for a menu item, the
   * installer for an installable trigger (TriggerStore.fire), '' in a simple trigger.
   */
  getEffectiveUser(): UserImpl {
    return new UserImpl(this.ws.sessionEffectiveUser);
  }

  getScriptTimeZone(): string {
    return this.ws.timeZone;
  }

  getActiveUserLocale(): string {
    return ACTIVE_USER_LOCALE;
  }

  /** Opaque, stable for one user and this script, and not the email. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`bao-cao-ntm-script:${this.ws.activeUser}`).digest('base64');
  }
}
