// HtmlTemplate: scriptlets <? code ?>, <?= printed, escaped for its context ?> and <?!= printed raw ?>.
// Like Google, the template becomes JavaScript (getCode shows it) where HTML is appended with
// `output._ =` and printed values with `output._$ =`, one code line per template line; a newline
// right after `?>` is not output. Properties assigned on the template are the scriptlets' variables.
//
// The template is deliberately not an instrumented object: the instrumentation proxy refuses
// assignments, and `template.data = rows` is how Apps Script code passes data in. Its calls are
// still counted as "HtmlTemplate.<method>" and can be made to fail through ws.faults.
import { gasError, instrument, NODE_REALM, type Realm } from '../core';
import type { Workspace } from '../workspace';
import { HtmlOutputImpl } from './output';

type Chunk =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'code' | 'print' | 'force'; readonly text: string; readonly newline: string };

function parse(source: string): Chunk[] {
  const chunks: Chunk[] = [];
  let pos = 0;
  while (pos < source.length) {
    const open = source.indexOf('<?', pos);
    if (open < 0) {
      chunks.push({ kind: 'text', text: source.slice(pos) });
      break;
    }
    if (open > pos) chunks.push({ kind: 'text', text: source.slice(pos, open) });
    const kind = source.startsWith('<?!=', open) ? 'force' : source.startsWith('<?=', open) ? 'print' : 'code';
    const start = open + (kind === 'force' ? 4 : kind === 'print' ? 3 : 2);
    const close = source.indexOf('?>', start);
    if (close < 0) throw gasError('Unterminated scriptlet: a "<?" has no closing "?>".');
    pos = close + 2;
    let newline = '';
    if (source.startsWith('\r\n', pos)) newline = '\r\n';
    else if (source[pos] === '\n') newline = '\n';
    pos += newline.length;
    chunks.push({ kind, text: source.slice(start, close), newline });
  }
  return chunks;
}

function quote(text: string): string {
  const escaped = text.replace(/[\\'\n\r\u2028\u2029]/g, (c) =>
    c === '\\'
      ? '\\\\'
      : c === "'"
        ? "\\'"
        : c === '\n'
          ? '\\n'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}

/**
 * Appends of a text chunk, keeping its line breaks as code line breaks. As in Google's code, the rest
 * of the current line is a statement of its own, so a `//` comment in the scriptlet before it hides
 * only that line.
 */
function textStatements(text: string): string {
  const lines = text.split(/(?<=\n)/);
  const first = `output._ =  ${quote(lines[0])}; `;
  if (lines.length === 1) return first;
  const rest = lines.slice(1);
  return `${first}\n  output._ =  ${rest.map(quote).join(' +\n    ')}; `;
}

function generate(source: string): string {
  let code = '(function() { var output = HtmlService.initTemplate(); ';
  for (const chunk of parse(source)) {
    if (chunk.kind === 'text') {
      code += textStatements(chunk.text);
      if (chunk.text.endsWith('\n')) code += '\n  ';
      continue;
    }
    if (chunk.kind === 'print') code += `output._$ =  ${chunk.text} ; `;
    else if (chunk.kind === 'force') code += `output._ =  ${chunk.text} ; `;
    else code += ` ${chunk.text} ; `;
    if (chunk.newline) code += '\n  ';
  }
  return `${code}\n  /* End of user code */\n  return output.$out.append('');\n})();`;
}

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval HtmlService'
  ).split(' '),
);

function isVariableName(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name) && !RESERVED.has(name);
}

const realms = new WeakMap<object, Realm>();

/** The realm an object was made in, found from its prototype chain (null for this Node realm). */
function realmOf(value: unknown): Realm | null {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return null;
  let proto: object | null = value as object;
  for (;;) {
    const next: object | null = Object.getPrototypeOf(proto);
    if (next === null) break;
    proto = next;
  }
  if (proto === Object.prototype) return null;
  let realm = realms.get(proto);
  if (!realm) {
    const ObjectCtor = (proto as { constructor: ObjectConstructor }).constructor;
    const FunctionCtor = ObjectCtor.constructor as FunctionConstructor;
    realm = new FunctionCtor('return { Date: Date, Array: Array, Object: Object, Error: Error };')() as Realm;
    realms.set(proto, realm);
  }
  return realm;
}

function inRealm(error: unknown, realm: Realm): unknown {
  if (realm === NODE_REALM || !(error instanceof Error)) return error;
  const copy = new realm.Error(error.message);
  copy.name = error.name;
  copy.stack = error.stack;
  return copy;
}

/** The `output` object of the generated code: `_` appends, `_$` appends with contextual escaping. */
class TemplateOutput {
  constructor(readonly $out: HtmlOutputImpl) {}

  set _(value: unknown) {
    this.$out.append(String(value));
  }

  set _$(value: unknown) {
    this.$out.appendUntrusted(value);
  }

  append(value: string): TemplateOutput {
    this.$out.append(value);
    return this;
  }

  appendUntrusted(value: string): TemplateOutput {
    this.$out.appendUntrusted(value);
    return this;
  }

  getContent(): string {
    return this.$out.getContent();
  }
}

export class HtmlTemplateImpl {
  readonly #source: string;
  readonly #ws: Workspace | null;
  readonly #realm: Realm | null;

  /**
   * `realm`: the bundle's realm, when known. Scriptlets then run in it and see the bundle's top-level
   * functions (e.g. an include() helper). When not given, it is found from the first object assigned
   * to the template; with none, scriptlets run in this realm and see only the template's variables.
   */
  constructor(source: string, ws: Workspace | null, realm: Realm | null = null) {
    this.#source = source;
    this.#ws = ws;
    this.#realm = realm;
  }

  #record(method: string): void {
    if (!this.#ws) return;
    this.#ws.calls.record(`HtmlTemplate.${method}`);
    this.#ws.faults.check(`HtmlTemplate.${method}`);
  }

  #findRealm(): Realm {
    if (this.#realm) return this.#realm;
    for (const value of Object.values(this)) {
      const found = realmOf(value);
      if (found) return found;
    }
    return NODE_REALM;
  }

  evaluate(): HtmlOutputImpl {
    const realm = this.#findRealm();
    try {
      this.#record('evaluate');
      const names = Object.keys(this).filter(isVariableName);
      const values = names.map((n) => (this as unknown as Record<string, unknown>)[n]);
      const FunctionCtor = (realm === NODE_REALM ? Function : realm.Object.constructor) as FunctionConstructor;
      const run = new FunctionCtor('HtmlService', ...names, `return ${generate(this.#source)}`);
      const output = new HtmlOutputImpl('', this.#ws);
      const service = { initTemplate: () => new TemplateOutput(output) };
      run(service, ...values);
      return this.#ws ? instrument(output, realm, this.#ws) : output;
    } catch (error) {
      throw inRealm(error, realm);
    }
  }

  getCode(): string {
    this.#record('getCode');
    return generate(this.#source);
  }

  /** The generated code with each template line beside its code line as a comment. */
  getCodeWithComments(): string {
    this.#record('getCodeWithComments');
    const code = generate(this.#source).split('\n');
    const template = this.#source.split('\n');
    return code.map((line, i) => (i < template.length ? `${line} // ${template[i]}` : line)).join('\n');
  }

  getRawContent(): string {
    this.#record('getRawContent');
    return this.#source;
  }
}
