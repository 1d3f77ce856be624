// HtmlOutput: the page or dialog content, with its title, size and meta tags.
import { BlobImpl } from '../blob';
import { GAS_TYPE, gasError, Unwrappable } from '../core';
import { enumKey, enumSet } from '../gas-enum';
import { signatureError } from '../shared';
import type { Workspace } from '../workspace';
import { HtmlContext } from './context';
// A cycle: a template evaluates to an HtmlOutput and an HtmlOutput gives back a template; both are
// only used when a method runs, after both modules have loaded.
import { HtmlTemplateImpl } from './template';

export const SandboxMode = enumSet('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = enumSet('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);

/** The only meta tags HtmlOutput.addMetaTag accepts (Google ignores or refuses the others). */
const META_NAMES = new Set([
  'apple-mobile-web-app-capable',
  'google-site-verification',
  'mobile-web-app-capable',
  'viewport',
]);

export class HtmlOutputMetaTagImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'HtmlOutputMetaTag';

  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {
    super();
  }

  getName(): string {
    return this.name;
  }

  getContent(): string {
    return this.content;
  }
}

function dimension(value: unknown, method: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw signatureError(method, [value]);
  return value;
}

export class HtmlOutputImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'HtmlOutput';
  private content = '';
  private context = new HtmlContext();
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private faviconUrl: string | null = null;
  private readonly metaTags: HtmlOutputMetaTagImpl[] = [];
  /** Recorded only: Google ignores setSandboxMode now (everything runs in IFRAME mode). */
  sandboxMode: string = 'IFRAME';
  xFrameOptionsMode: string = 'DEFAULT';

  constructor(
    html = '',
    private readonly ws: Workspace | null = null,
  ) {
    super();
    this.append(html);
  }

  /** Node-side access for the Ui and tests (not an Apps Script method). */
  html(): string {
    return this.content;
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): HtmlOutputImpl {
    if (typeof content !== 'string') throw signatureError('HtmlService.HtmlOutput.setContent', [content]);
    this.content = '';
    this.context = new HtmlContext();
    return this.append(content);
  }

  append(addedContent: string): HtmlOutputImpl {
    if (typeof addedContent !== 'string') throw signatureError('HtmlService.HtmlOutput.append', [addedContent]);
    this.content += addedContent;
    this.context.feed(addedContent);
    return this;
  }

  /** Escapes for where the content has reached: element text, an attribute, a script or style body. */
  appendUntrusted(addedContent: unknown): HtmlOutputImpl {
    const escaped = this.context.escape(addedContent);
    this.content += escaped;
    this.context.feed(escaped);
    return this;
  }

  clear(): HtmlOutputImpl {
    return this.setContent('');
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): HtmlOutputImpl {
    if (typeof title !== 'string') throw signatureError('HtmlService.HtmlOutput.setTitle', [title]);
    this.title = title;
    return this;
  }

  getWidth(): number | null {
    return this.width;
  }

  setWidth(width: number): HtmlOutputImpl {
    this.width = dimension(width, 'HtmlService.HtmlOutput.setWidth');
    return this;
  }

  getHeight(): number | null {
    return this.height;
  }

  setHeight(height: number): HtmlOutputImpl {
    this.height = dimension(height, 'HtmlService.HtmlOutput.setHeight');
    return this;
  }

  setSandboxMode(mode: unknown): HtmlOutputImpl {
    const key = enumKey(SandboxMode, mode);
    if (!key) throw signatureError('HtmlService.HtmlOutput.setSandboxMode', [mode]);
    this.sandboxMode = key;
    return this;
  }

  setXFrameOptionsMode(mode: unknown): HtmlOutputImpl {
    const key = enumKey(XFrameOptionsMode, mode);
    if (!key) throw signatureError('HtmlService.HtmlOutput.setXFrameOptionsMode', [mode]);
    this.xFrameOptionsMode = key;
    return this;
  }

  addMetaTag(name: string, content: string): HtmlOutputImpl {
    if (typeof name !== 'string' || typeof content !== 'string')
      throw signatureError('HtmlService.HtmlOutput.addMetaTag', [name, content]);
    if (!META_NAMES.has(name)) throw gasError(`Invalid argument: name (meta tag "${name}" is not allowed)`);
    this.metaTags.push(new HtmlOutputMetaTagImpl(name, content));
    return this;
  }

  getMetaTags(): HtmlOutputMetaTagImpl[] {
    return [...this.metaTags];
  }

  setFaviconUrl(iconUrl: string): HtmlOutputImpl {
    if (typeof iconUrl !== 'string') throw signatureError('HtmlService.HtmlOutput.setFaviconUrl', [iconUrl]);
    this.faviconUrl = iconUrl;
    return this;
  }

  getFaviconUrl(): string | null {
    return this.faviconUrl;
  }

  getBlob(): BlobImpl {
    return new BlobImpl(this.content, 'text/html', this.title === '' ? null : `${this.title}.html`);
  }

  getAs(contentType: string): BlobImpl {
    if (contentType === 'text/html') return this.getBlob();
    throw gasError(`The emulator cannot convert HTML to ${contentType}`);
  }

  asTemplate(): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this.content, this.ws);
  }
}
