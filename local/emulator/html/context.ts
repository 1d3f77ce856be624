// Contextual escaping for HtmlOutput.appendUntrusted and printing scriptlets (<?= ?>). Google tracks
// where the output stands (element text, an attribute value, a <script> or <style> body) and escapes
// the printed value for that place. This follows the HTML text as it is appended, one state machine
// step per character, and escapes for the state it ends in.

type State =
  | 'text'
  | 'lt'
  | 'markup'
  | 'comment'
  | 'bogus'
  | 'endTagOpen'
  | 'endTagName'
  | 'tagName'
  | 'beforeAttr'
  | 'attrName'
  | 'afterAttrName'
  | 'beforeValue'
  | 'valueDq'
  | 'valueSq'
  | 'valueUq'
  | 'raw';

type Js = 'code' | 'sq' | 'dq' | 'tpl' | 'line' | 'block';

const RAW_TAGS = new Set(['script', 'style', 'textarea', 'title']);
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
const isLetter = (c: string) => /[A-Za-z]/.test(c);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function hex4(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A value as a JavaScript literal that cannot end the <script> element or break out of it. */
function jsValue(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) json = 'null';
  return json.replace(/[<>&'\u2028\u2029]/g, hex4);
}

/** Text to sit inside a JavaScript string literal of any quote. */
function jsStringContent(text: string): string {
  return text.replace(/[\\'"`<>&=\n\r\t\u2028\u2029$]/g, hex4);
}

function cssEscape(text: string): string {
  return text.replace(/[^A-Za-z0-9 _.,%#-]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}

export class HtmlContext {
  private state: State = 'text';
  private tag = '';
  private attr = '';
  private rawTag = '';
  private js: Js = 'code';
  private jsPrev = '';
  private jsEscape = false;
  private tail = '';
  private markup = '';

  feed(text: string): void {
    for (const c of text) this.step(c);
  }

  private enterContent(): void {
    if (RAW_TAGS.has(this.tag)) {
      this.state = 'raw';
      this.rawTag = this.tag;
      this.js = 'code';
      this.jsPrev = '';
      this.jsEscape = false;
      this.tail = '';
    } else {
      this.state = 'text';
    }
  }

  private step(c: string): void {
    switch (this.state) {
      case 'text':
        if (c === '<') this.state = 'lt';
        return;
      case 'lt':
        if (c === '!') {
          this.state = 'markup';
          this.markup = '';
        } else if (c === '/') this.state = 'endTagOpen';
        else if (isLetter(c)) {
          this.state = 'tagName';
          this.tag = c.toLowerCase();
        } else {
          this.state = 'text';
          this.step(c);
        }
        return;
      case 'markup':
        this.markup += c;
        if (this.markup === '--') {
          this.state = 'comment';
          this.tail = '';
        } else if (!'--'.startsWith(this.markup)) this.state = c === '>' ? 'text' : 'bogus';
        return;
      case 'comment':
        this.tail = (this.tail + c).slice(-3);
        if (this.tail === '-->') this.state = 'text';
        return;
      case 'bogus':
        if (c === '>') this.state = 'text';
        return;
      case 'endTagOpen':
        this.state = isLetter(c) ? 'endTagName' : c === '>' ? 'text' : 'bogus';
        return;
      case 'endTagName':
        if (c === '>') this.state = 'text';
        return;
      case 'tagName':
        if (isSpace(c) || c === '/') this.state = 'beforeAttr';
        else if (c === '>') this.enterContent();
        else this.tag += c.toLowerCase();
        return;
      case 'beforeAttr':
        if (c === '>') this.enterContent();
        else if (!isSpace(c) && c !== '/') {
          this.state = 'attrName';
          this.attr = c.toLowerCase();
        }
        return;
      case 'attrName':
        if (isSpace(c)) this.state = 'afterAttrName';
        else if (c === '=') this.state = 'beforeValue';
        else if (c === '>') this.enterContent();
        else if (c === '/') this.state = 'beforeAttr';
        else this.attr += c.toLowerCase();
        return;
      case 'afterAttrName':
        if (c === '=') this.state = 'beforeValue';
        else if (c === '>') this.enterContent();
        else if (c === '/') this.state = 'beforeAttr';
        else if (!isSpace(c)) {
          this.state = 'attrName';
          this.attr = c.toLowerCase();
        }
        return;
      case 'beforeValue':
        if (c === '"') this.state = 'valueDq';
        else if (c === "'") this.state = 'valueSq';
        else if (c === '>') this.enterContent();
        else if (!isSpace(c)) this.state = 'valueUq';
        return;
      case 'valueDq':
        if (c === '"') this.state = 'beforeAttr';
        return;
      case 'valueSq':
        if (c === "'") this.state = 'beforeAttr';
        return;
      case 'valueUq':
        if (isSpace(c)) this.state = 'beforeAttr';
        else if (c === '>') this.enterContent();
        return;
      case 'raw':
        this.tail = (this.tail + c).slice(-(this.rawTag.length + 2));
        if (this.tail.toLowerCase() === `</${this.rawTag}`) {
          this.state = 'endTagName';
          return;
        }
        if (this.rawTag === 'script') this.stepJs(c);
        return;
    }
  }

  private stepJs(c: string): void {
    const prev = this.jsPrev;
    this.jsPrev = c;
    switch (this.js) {
      case 'code':
        if (c === "'") this.js = 'sq';
        else if (c === '"') this.js = 'dq';
        else if (c === '`') this.js = 'tpl';
        else if (c === '/' && prev === '/') {
          this.js = 'line';
          this.jsPrev = '';
        } else if (c === '*' && prev === '/') {
          this.js = 'block';
          this.jsPrev = '';
        }
        return;
      case 'sq':
      case 'dq':
      case 'tpl': {
        const quote = this.js === 'sq' ? "'" : this.js === 'dq' ? '"' : '`';
        if (this.jsEscape) this.jsEscape = false;
        else if (c === '\\') this.jsEscape = true;
        else if (c === quote) {
          this.js = 'code';
          this.jsPrev = '';
        }
        return;
      }
      case 'line':
        if (c === '\n') this.js = 'code';
        return;
      case 'block':
        if (c === '/' && prev === '*') {
          this.js = 'code';
          this.jsPrev = '';
        }
        return;
    }
  }

  /** `value` escaped for the place the output has reached. */
  escape(value: unknown): string {
    const text = String(value);
    switch (this.state) {
      case 'raw':
        if (this.rawTag === 'style') return cssEscape(text);
        if (this.rawTag !== 'script') return escapeHtml(text);
        return this.js === 'code' ? jsValue(value) : jsStringContent(text);
      case 'beforeValue':
      case 'valueUq':
      case 'valueDq':
      case 'valueSq': {
        const inner = this.attr.startsWith('on') ? jsValue(value) : text;
        const escaped = escapeHtml(inner);
        return this.state === 'valueDq' || this.state === 'valueSq'
          ? escaped
          : escaped.replace(/[\s=`]/g, (c) => `&#${c.charCodeAt(0)};`);
      }
      default:
        return escapeHtml(text);
    }
  }
}
