// Blob, shared by Utilities.newBlob, Document.getAs and MailApp attachments.
import { GAS_TYPE, Unwrappable } from './core';

export class BlobImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'Blob';
  private bytes: Buffer;

  constructor(
    data: Buffer | string | readonly number[],
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    super();
    this.bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data as readonly number[]);
  }

  /** Node-side access for exporters and tests (not an Apps Script method). */
  buffer(): Buffer {
    return this.bytes;
  }

  getBytes(): number[] {
    // Apps Script bytes are signed Java bytes.
    return [...this.bytes].map((b) => (b > 127 ? b - 256 : b));
  }

  getDataAsString(charset = 'utf-8'): string {
    return this.bytes.toString(charset.toLowerCase().replace('-', '') === 'utf8' ? 'utf8' : 'latin1');
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(type: string): BlobImpl {
    this.contentType = type;
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): BlobImpl {
    this.name = name;
    return this;
  }

  setDataFromString(text: string): BlobImpl {
    this.bytes = Buffer.from(text, 'utf8');
    return this;
  }

  copyBlob(): BlobImpl {
    return new BlobImpl(Buffer.from(this.bytes), this.contentType, this.name);
  }

  isGoogleType(): boolean {
    return false;
  }
}
