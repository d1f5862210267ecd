import { simpleParser, type AddressObject } from 'mailparser';
import { detectContentType, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type AcceptedType } from '../attachments/magic-bytes';

/** A raw message (RFC 5322) as the mailbox channel needs it. */
export interface ParsedEml {
  messageId?: string;
  from?: { name?: string; address?: string };
  subject?: string;
  text: string;
  date?: Date;
  parts: { filename?: string; bytes: Buffer }[];
}

/** An attachment judged by its bytes: kept as evidence, or left out with a reason. */
export type TriagedAttachment =
  | { kept: true; filename?: string; contentType: AcceptedType; bytes: Buffer }
  | { kept: false; filename?: string; reason: 'unsupported-type' | 'too-large' | 'too-many' };

/** The first mailbox of a From header (groups are flattened). */
function firstSender(from: AddressObject | AddressObject[] | undefined): { name?: string; address?: string } | undefined {
  const objects = Array.isArray(from) ? from : from ? [from] : [];
  const addresses = objects.flatMap((o) => o.value.flatMap((a) => (a.group ? a.group : [a])));
  const first = addresses.find((a) => a.address);
  if (!first) return undefined;
  return { ...(first.name?.trim() ? { name: first.name.trim() } : {}), address: first.address };
}

/** HTML-only messages: keep the words, drop the markup. */
function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * Parse a raw message with mailparser: sender, subject (encoded words decoded), the plain
 * text (or the text of the HTML part), date, Message-ID and the attached parts.
 */
export async function parseEml(raw: Buffer): Promise<ParsedEml> {
  const mail = await simpleParser(raw, { skipTextToHtml: true, skipImageLinks: true, maxHtmlLengthToParse: 2_000_000 });
  const text = (mail.text?.trim() ? mail.text : typeof mail.html === 'string' ? textOfHtml(mail.html) : '').trim();
  return {
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
    ...(firstSender(mail.from) ? { from: firstSender(mail.from) } : {}),
    ...(mail.subject?.trim() ? { subject: mail.subject.trim() } : {}),
    text,
    ...(mail.date ? { date: mail.date } : {}),
    parts: mail.attachments.map((a) => ({ ...(a.filename ? { filename: a.filename } : {}), bytes: a.content })),
  };
}

/**
 * Which attached parts become petition attachments: photos and PDFs by their bytes (never by the
 * name or declared type), each at most 10 MB, the first five of them. The rest are reported.
 */
export function triageAttachments(parts: ParsedEml['parts']): TriagedAttachment[] {
  let kept = 0;
  return parts.map((part): TriagedAttachment => {
    const name = part.filename ? { filename: part.filename } : {};
    const contentType = detectContentType(part.bytes);
    if (!contentType) return { kept: false, ...name, reason: 'unsupported-type' };
    if (part.bytes.length > MAX_ATTACHMENT_BYTES) return { kept: false, ...name, reason: 'too-large' };
    if (kept >= MAX_ATTACHMENTS) return { kept: false, ...name, reason: 'too-many' };
    kept += 1;
    return { kept: true, ...name, contentType, bytes: part.bytes };
  });
}
