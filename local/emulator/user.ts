// Apps Script's one User class (Base.User): what Session.getActiveUser(), Spreadsheet.getOwner() and
// getEditors(), Protection.getEditors() and Document.getEditors() / getViewers() return.
import { GAS_TYPE, Unwrappable, unwrap } from './core';

export class UserImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'User';

  constructor(private readonly email: string) {
    super();
  }

  getEmail(): string {
    return this.email;
  }

  /** Deprecated in Apps Script; still answers the email. */
  getUserLoginId(): string {
    return this.email;
  }

  /** A User prints as its email, so it can be passed where an email is expected (addEditor). */
  override toString(): string {
    return this.email;
  }
}

/** An email from a string or a User (of any realm), lower-cased as Google compares them. */
export function emailOf(value: unknown): string {
  const user = unwrap(value, UserImpl);
  if (user) return user.getEmail().toLowerCase();
  return String(value).trim().toLowerCase();
}
