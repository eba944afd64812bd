/** The draft as an `.eml` file (RFC 5322 via mimetext): text and HTML parts, the invoice PDF attached. */
import { createMimeMessage } from 'mimetext/browser';
import { emailHtmlDocument } from './html.ts';
import { utf8ToBase64 } from './base64.ts';

export { bytesToBase64, utf8ToBase64 } from './base64.ts';

export interface Attachment {
  name: string;
  type: string;
  /** File content, base64. */
  base64: string;
}

export interface EmlInput {
  subject: string;
  body: string;
  language: string;
  from: { name?: string; email?: string };
  to: { name?: string; email?: string };
  attachment?: Attachment | null;
  date?: Date;
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

function mailbox(m: { name?: string; email?: string }, fallback: string): { addr: string; name?: string } {
  const addr = m.email?.trim() && EMAIL.test(m.email.trim()) ? m.email.trim() : fallback;
  const name = m.name?.trim().replace(/[\r\n"]+/g, ' ');
  return name ? { addr, name } : { addr };
}

/** Builds the raw message. Missing addresses become `@example.invalid` placeholders so the file still opens as a draft. */
export function buildEml(input: EmlInput): string {
  const msg = createMimeMessage();
  msg.setSender(mailbox(input.from, 'sender@example.invalid'));
  msg.setTo(mailbox(input.to, 'customer@example.invalid'));
  msg.setSubject(input.subject.replace(/[\r\n]+/g, ' '));
  msg.setHeader('Date', (input.date ?? new Date()).toUTCString().replace('GMT', '+0000'));
  msg.setHeader('Content-Language', input.language);
  msg.setHeader('X-Unsent', '1');
  msg.addMessage({ contentType: 'text/plain', charset: 'UTF-8', encoding: 'base64', data: utf8ToBase64(input.body) });
  msg.addMessage({
    contentType: 'text/html',
    charset: 'UTF-8',
    encoding: 'base64',
    data: utf8ToBase64(emailHtmlDocument(input.subject, input.body, input.language)),
  });
  if (input.attachment) {
    msg.addAttachment({
      filename: input.attachment.name.replace(/[\r\n"]+/g, '_'),
      contentType: input.attachment.type || 'application/pdf',
      data: input.attachment.base64,
    });
  }
  return msg.asRaw();
}

/** A file name for the download: `reminder-F-2026-311.eml`. */
export function emlFileName(invoiceNumber: string | undefined): string {
  const safe = (invoiceNumber ?? '').normalize('NFKD').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `reminder${safe ? `-${safe}` : ''}.eml`;
}
