/** Real-looking invoice records and senders for the server and template tests, one per region. */
import type { Stage } from '../rules/index.ts';

export interface Fixture {
  language: 'en-US' | 'es-ES' | 'es-MX' | 'vi-VN';
  invoice: {
    number: string;
    amount: number;
    currency: string;
    issueDate: string;
    dueDate: string;
    url: string;
    customerName: string;
    contactName: string;
    lateFeeTerms: string;
  };
  sender: { company: string; name: string; email: string; phone: string; website: string; address: string; fax: string };
  /** How the amount must read in this region. */
  amountText: string;
  /** How the due date must read in this language. */
  dueDateText: string;
}

export const FIXTURES: Record<Fixture['language'], Fixture> = {
  'en-US': {
    language: 'en-US',
    invoice: {
      number: 'INV-2041',
      amount: 2380,
      currency: 'USD',
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      url: 'https://billing.northwindstudio.com/invoices/INV-2041',
      customerName: 'Harbor Logistics LLC',
      contactName: 'Sam Carter',
      lateFeeTerms: 'a late fee of 1.5% per month applies to balances more than 30 days past due',
    },
    sender: {
      company: 'Northwind Studio Inc.',
      name: 'Ana Ortiz',
      email: 'accounts@northwindstudio.com',
      phone: '+1 (415) 555-0134',
      website: 'https://northwindstudio.com',
      address: '500 Howard Street, Suite 300, San Francisco, CA 94105',
      fax: '+1 (415) 555-0135',
    },
    amountText: '$2,380.00',
    dueDateText: 'October 31, 2026',
  },
  'es-ES': {
    language: 'es-ES',
    invoice: {
      number: 'F-2026-311',
      amount: 1234.56,
      currency: 'EUR',
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      url: 'https://facturas.suministroslevante.es/F-2026-311',
      customerName: 'Construcciones Ruiz S.L.',
      contactName: 'Lucía Ruiz',
      lateFeeTerms: 'las facturas vencidas devengan un interés de demora del 1 % mensual',
    },
    sender: {
      company: 'Suministros Levante S.L.',
      name: 'Marta Gil',
      email: 'cobros@suministroslevante.es',
      phone: '+34 963 000 123',
      website: 'https://suministroslevante.es',
      address: 'Calle de Colón 12, 46004 Valencia',
      fax: '+34 963 000 124',
    },
    amountText: '1.234,56 €',
    dueDateText: '31 de octubre de 2026',
  },
  'es-MX': {
    language: 'es-MX',
    invoice: {
      number: 'A-1187',
      amount: 18450.5,
      currency: 'MXN',
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      url: 'https://facturacion.papeleriacentral.mx/A-1187',
      customerName: 'Grupo Alimentos del Bajío S.A. de C.V.',
      contactName: 'Jorge Hernández',
      lateFeeTerms: 'se aplica un interés moratorio del 2 % mensual sobre el saldo vencido',
    },
    sender: {
      company: 'Papelería Central S.A. de C.V.',
      name: 'Claudia Méndez',
      email: 'cobranza@papeleriacentral.mx',
      phone: '+52 55 5123 4567',
      website: 'https://papeleriacentral.mx',
      address: 'Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México',
      fax: '+52 55 5123 4568',
    },
    amountText: '$18,450.50 MXN',
    dueDateText: '31 de octubre de 2026',
  },
  'vi-VN': {
    language: 'vi-VN',
    invoice: {
      number: '0004127',
      amount: 12_500_000,
      currency: 'VND',
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      url: 'https://hoadon.saoviet.vn/0004127',
      customerName: 'Công ty TNHH Minh Phát',
      contactName: 'Nguyễn Văn Minh',
      lateFeeTerms: 'khoản thanh toán chậm sẽ chịu lãi 0,05% mỗi ngày trên số tiền chậm trả',
    },
    sender: {
      company: 'Công ty Cổ phần Sao Việt',
      name: 'Trần Thị Lan',
      email: 'ketoan@saoviet.vn',
      phone: '028 3823 4567',
      website: 'https://saoviet.vn',
      address: '123 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
      fax: '028 3823 4568',
    },
    amountText: '12.500.000 ₫',
    dueDateText: 'ngày 31 tháng 10 năm 2026',
  },
};

/** A sending date that fits each stage for a due date of 2026-10-31. */
export const TODAY_FOR: Record<Stage, string> = {
  'before-due': '2026-10-27',
  due: '2026-10-31',
  overdue: '2026-11-10',
  collection: '2026-11-23',
  'final-demand': '2026-12-15',
};

/** en → en-US, es → es-ES and es-MX, vi → vi-VN. */
export const REGION_OF_LANG = { en: ['en-US'], es: ['es-ES', 'es-MX'], vi: ['vi-VN'] } as const;
