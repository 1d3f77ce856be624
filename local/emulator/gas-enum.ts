// Apps Script enums, for every emulated service. In Google their values are objects, not strings:
// `Button.YES === 'YES'` is false, and code that passes 'CENTER' where
// DocumentApp.HorizontalAlignment.CENTER is expected fails, so they are objects here too. They are
// plain class instances rather than emulated objects: toRealm hands them to the bundle unchanged, so
// `===` keeps working across the vm boundary.

export class GasEnum {
  constructor(
    /** The enum's class name, e.g. "HorizontalAlignment". */
    readonly enumType: string,
    private readonly key: string,
    private readonly index: number,
    /** How a signature error names the type, e.g. "DocumentApp.HorizontalAlignment". */
    readonly typeName: string = enumType,
  ) {
    Object.freeze(this);
  }

  toString(): string {
    return this.key;
  }

  name(): string {
    return this.key;
  }

  ordinal(): number {
    return this.index;
  }
}

export type EnumSet<K extends string> = { readonly [P in K]: GasEnum };

/** One enum; `service` (e.g. "DocumentApp") prefixes its name in signature errors. */
export function enumSet<const K extends string>(enumType: string, keys: readonly K[], service?: string): EnumSet<K> {
  const typeName = service ? `${service}.${enumType}` : enumType;
  const out = {} as Record<K, GasEnum>;
  keys.forEach((key, i) => {
    out[key] = new GasEnum(enumType, key, i, typeName);
  });
  return Object.freeze(out);
}

/** The key of `value` in `set`, or null when `value` is not one of its members. */
export function enumKey<K extends string>(set: EnumSet<K>, value: unknown): K | null {
  for (const key of Object.keys(set) as K[]) if (set[key] === value) return key;
  return null;
}
