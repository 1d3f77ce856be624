import { GAS_TYPE } from '../core';
import { Unwrappable, unwrap } from './raw';

/** Apps Script's User as Spreadsheet.getOwner() / getEditors() return it. */
export class UserImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'User';
  constructor(private readonly email: string) {
    super();
  }

  getEmail(): string {
    return this.email;
  }

  getUserLoginId(): string {
    return this.email;
  }

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

/** Consumer accounts (gmail.com) have no domain to share protected ranges with. */
export function workspaceDomain(email: string): string | null {
  const domain = email.split('@')[1] ?? '';
  return domain === '' || domain === 'gmail.com' || domain === 'googlemail.com' ? null : domain;
}
