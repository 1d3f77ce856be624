// PropertiesService: script, document and per-user key/value stores of strings, with Google's limits
// (9 kB a value, 500 kB a store). A failed write changes nothing.
import { GAS_TYPE, gasError, Unwrappable } from '../core';
import { signatureError, utf8Length } from '../shared';
import type { Workspace } from '../workspace';

const PROPERTY_VALUE_LIMIT = 9 * 1024;
const PROPERTY_STORE_LIMIT = 500 * 1024;
// A user hitting the 9 kB per-value limit reported this same text, so both limits use it.
const PROPERTY_QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

export class PropertyStore {
  readonly script = new Map<string, string>();
  /** The bound Sheet's properties (the script is bound to one document). */
  readonly document = new Map<string, string>();
  private readonly users = new Map<string, Map<string, string>>();

  /** The user properties of `email` (created empty on first use). */
  user(email: string): Map<string, string> {
    const key = email.toLowerCase();
    let store = this.users.get(key);
    if (!store) {
      store = new Map();
      this.users.set(key, store);
    }
    return store;
  }
}

function storeSize(entries: Iterable<[string, string]>): number {
  let n = 0;
  for (const [k, v] of entries) n += utf8Length(k) + utf8Length(v);
  return n;
}

/** Google stores strings: a number 5 comes back as "5". */
function asStored(value: unknown, method: string, args: unknown[]): string {
  if (value === null || value === undefined) throw signatureError(method, args);
  return String(value);
}

export class PropertiesImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'Properties';

  constructor(private readonly store: Map<string, string>) {
    super();
  }

  getProperty(key: string): string | null {
    if (typeof key !== 'string') throw signatureError('PropertiesService.Properties.getProperty', [key]);
    return this.store.get(key) ?? null;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  setProperty(key: string, value: unknown): PropertiesImpl {
    if (typeof key !== 'string' || key === '')
      throw signatureError('PropertiesService.Properties.setProperty', [key, value]);
    this.commit(new Map([[key, asStored(value, 'PropertiesService.Properties.setProperty', [key, value])]]), false);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): PropertiesImpl {
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties))
      throw signatureError('PropertiesService.Properties.setProperties', [properties, deleteAllOthers]);
    const updates = new Map<string, string>();
    for (const key of Object.keys(properties)) {
      updates.set(key, asStored(properties[key], 'PropertiesService.Properties.setProperties', [properties]));
    }
    this.commit(updates, deleteAllOthers === true);
    return this;
  }

  deleteProperty(key: string): PropertiesImpl {
    if (typeof key !== 'string') throw signatureError('PropertiesService.Properties.deleteProperty', [key]);
    this.store.delete(key);
    return this;
  }

  deleteAllProperties(): PropertiesImpl {
    this.store.clear();
    return this;
  }

  /** Checks the limits on the store as it would be, then writes all or nothing. */
  private commit(updates: Map<string, string>, replace: boolean): void {
    for (const value of updates.values()) {
      if (utf8Length(value) > PROPERTY_VALUE_LIMIT) throw gasError(PROPERTY_QUOTA_MESSAGE);
    }
    const next = new Map(replace ? [] : this.store);
    for (const [k, v] of updates) next.set(k, v);
    if (storeSize(next) > PROPERTY_STORE_LIMIT) throw gasError(PROPERTY_QUOTA_MESSAGE);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }
}

export class PropertiesServiceImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'PropertiesService';

  constructor(readonly ws: Workspace) {
    super();
  }

  getScriptProperties(): PropertiesImpl {
    return new PropertiesImpl(this.ws.properties.script);
  }

  /** The script is bound to the Sheet, so there is always a document store. */
  getDocumentProperties(): PropertiesImpl {
    return new PropertiesImpl(this.ws.properties.document);
  }

  getUserProperties(): PropertiesImpl {
    return new PropertiesImpl(this.ws.properties.user(this.ws.activeUser));
  }
}
