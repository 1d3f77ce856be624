// HtmlService and the project's .html files (the pushed dist/ folder, or files a test registers).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GAS_TYPE, gasError, type Realm, Unwrappable } from '../core';
import { signatureError } from '../shared';
import type { Workspace } from '../workspace';
import { HtmlOutputImpl, SandboxMode, XFrameOptionsMode } from './output';
import { HtmlTemplateImpl } from './template';

function noHtmlFile(name: string): string {
  return `No HTML file named ${name} was found.`;
}

export class HtmlStore {
  /** Files registered by a test, by project name ("Dialog" for Dialog.html); they win over the folder. */
  readonly files = new Map<string, string>();

  constructor(readonly dir: string) {}

  /** The text of the project file `name` ("Dialog" or "Dialog.html"). */
  read(name: string): string {
    const base = name.endsWith('.html') ? name.slice(0, -'.html'.length) : name;
    const registered = this.files.get(base);
    if (registered !== undefined) return registered;
    const path = join(this.dir, `${base}.html`);
    if (base === '' || base.includes('..') || !existsSync(path)) throw gasError(noHtmlFile(name));
    return readFileSync(path, 'utf8');
  }
}

/** A string, or a Blob / BlobSource whose data is the HTML. */
function htmlOf(value: unknown, method: string): string {
  if (typeof value === 'string') return value;
  const source = value as { getBlob?: () => { getDataAsString(): string } } | null;
  if (source && typeof source.getBlob === 'function') return source.getBlob().getDataAsString();
  const blob = value as { getDataAsString?: () => string } | null;
  if (blob && typeof blob.getDataAsString === 'function') return blob.getDataAsString();
  throw signatureError(method, [value]);
}

export class HtmlServiceImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  /** `realm`: the bundle's realm, when the caller knows it (see HtmlTemplateImpl). */
  constructor(
    readonly ws: Workspace,
    private readonly realm: Realm | null = null,
  ) {
    super();
  }

  createHtmlOutput(html: unknown = ''): HtmlOutputImpl {
    return new HtmlOutputImpl(htmlOf(html, 'HtmlService.createHtmlOutput'), this.ws);
  }

  /** The file as it is: scriptlets are not evaluated. */
  createHtmlOutputFromFile(filename: string): HtmlOutputImpl {
    if (typeof filename !== 'string') throw signatureError('HtmlService.createHtmlOutputFromFile', [filename]);
    return new HtmlOutputImpl(this.ws.html.read(filename), this.ws);
  }

  createTemplate(html: unknown): HtmlTemplateImpl {
    return new HtmlTemplateImpl(htmlOf(html, 'HtmlService.createTemplate'), this.ws, this.realm);
  }

  createTemplateFromFile(filename: string): HtmlTemplateImpl {
    if (typeof filename !== 'string') throw signatureError('HtmlService.createTemplateFromFile', [filename]);
    return new HtmlTemplateImpl(this.ws.html.read(filename), this.ws, this.realm);
  }

  getUserAgent(): string {
    return 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';
  }
}
