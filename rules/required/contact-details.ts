/**
 * required/contact-details — full contact details: at least N distinct channels (default 3) among
 * postal address, email, phone, website and fax, as values or placeholders. A link to the invoice
 * or a payment page is never the website channel.
 */
import type { Analysis } from '../core/analysis.ts';
import type { Channel } from '../extract/contacts.ts';
import { elementRule } from './element-rule.ts';
import type { Evidence } from './evidence.ts';

const CHANNEL_ORDER: Channel[] = ['address', 'email', 'phone', 'website', 'fax'];

export function contactChannels(a: Analysis): Map<Channel, Evidence[]> {
  const found = new Map<Channel, Evidence[]>();
  const add = (channel: Channel, e: Evidence) => {
    const list = found.get(channel) ?? [];
    list.push(e);
    found.set(channel, list);
  };
  for (const m of a.emails) add('email', { kind: 'email', start: m.start, end: m.end, text: m.text });
  for (const m of a.phones) add(m.channel, { kind: m.channel, start: m.start, end: m.end, text: m.text });
  for (const m of a.urls) if (m.kind === 'website') add('website', { kind: 'website', start: m.start, end: m.end, text: m.text });
  for (const m of a.addresses) add('address', { kind: 'address', start: m.start, end: m.end, text: m.text });
  for (const p of a.placeholders) {
    if (p.kind === 'email' || p.kind === 'phone' || p.kind === 'fax' || p.kind === 'address' || p.kind === 'website') {
      add(p.kind, { kind: `${p.kind}-placeholder`, start: p.start, end: p.end, text: p.raw });
    }
  }
  return found;
}

export const contactDetails = elementRule({
  element: 'contact-details',
  description: 'The email does not give full contact details.',
  docs:
    'Give the customer several ways to reach you: at least three distinct channels among postal address, email, phone, website and fax (values or placeholders; the number is configurable with `contactChannels`). Two phone numbers are one channel, and a payment link is not a website.',
  examples: {
    en: { good: 'Acme Ltd · 12 High Street, Leeds LS1 4AB · +44 113 496 0000 · accounts@acme.co.uk', bad: 'Questions? Call 0113 496 0000.' },
    es: { good: 'Acme S.L. · C/ Mayor 12, 28013 Madrid · Tel. 910 00 00 00 · cobros@acme.es', bad: 'Para dudas, llame al 910 00 00 00.' },
    vi: { good: 'Địa chỉ: 12 Lê Lợi, Quận 1, TP.HCM · ĐT: (028) 3812 4567 · Email: ketoan@acme.vn', bad: 'Hotline: 0909 123 456' },
  },
  placement: 'end',
  message: (detail) => `Missing full contact details: ${detail}.`,
  detect(a, settings) {
    const found = contactChannels(a);
    const need = settings.contactChannels;
    const evidence = [...found.values()].flat();
    const have = CHANNEL_ORDER.filter((c) => found.has(c));
    const lacking = CHANNEL_ORDER.filter((c) => !found.has(c));
    const detail =
      have.length === 0
        ? `give at least ${need} ways to reach you (postal address, email, phone, website, fax)`
        : `found ${have.length} of ${need} channels (${have.join(', ')}); add ${need - have.length} more, such as ${lacking.join(', ')}`;
    return { present: have.length >= need, evidence, detail };
  },
});
