// Writes a mail sent through the emulated MailApp as an .eml file a person can open in a mail
// client: the sender's copy, so Bcc is kept, with the emulated send time as its Date.
import { writeFile } from 'node:fs/promises';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { SentMail } from '../emulator/mail';

async function emlBytes(mail: SentMail): Promise<Buffer> {
  const attachments = [
    ...mail.attachments.map((blob) => ({
      filename: blob.getName() ?? undefined,
      contentType: blob.getContentType() ?? 'application/octet-stream',
      content: blob.buffer(),
    })),
    ...Object.entries(mail.inlineImages).map(([cid, blob]) => ({
      filename: blob.getName() ?? undefined,
      contentType: blob.getContentType() ?? 'application/octet-stream',
      content: blob.buffer(),
      cid,
    })),
  ];
  const composer = new MailComposer({
    from: mail.name ? { name: mail.name, address: mail.from } : mail.from,
    to: mail.to,
    cc: mail.cc.length > 0 ? mail.cc : undefined,
    bcc: mail.bcc.length > 0 ? mail.bcc : undefined,
    replyTo: mail.replyTo ?? undefined,
    subject: mail.subject,
    date: mail.time,
    text: mail.body,
    html: mail.htmlBody ?? undefined,
    attachments,
  });
  const node = composer.compile();
  node.keepBcc = true;
  return node.build();
}

export async function writeEml(mail: SentMail, file: string): Promise<void> {
  await writeFile(file, await emlBytes(mail));
}
