import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getContactsPage, useLiveQuery } from '../../../db';
import type { AudienceSummary } from '../../../db';

export const PAGE_SIZE = 100;

/** An audience's contacts, a page of 100 at a time (one index range read per page). */
export function ContactsTable({ audience, onClose }: { audience: AudienceSummary; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const [page, setPage] = useState(0);
  // The rows carry the page they were read for: until the next page arrives, the previous one stays numbered as it was.
  const contacts = useLiveQuery(async () => ({ page, rows: await getContactsPage(audience.id, page * PAGE_SIZE, PAGE_SIZE) }), [audience.id, page]);
  const pages = Math.max(1, Math.ceil(audience.count / PAGE_SIZE));
  const yesNo = (value: boolean) => (value ? t('contactsTable.yes') : t('contactsTable.no'));
  const from = audience.count === 0 ? 0 : page * PAGE_SIZE + 1;
  const to = Math.min(audience.count, (page + 1) * PAGE_SIZE);

  return (
    <section aria-labelledby="contacts-title">
      <div className="toolbar">
        <h2 id="contacts-title">{t('contactsTable.title', { name: audience.name })}</h2>
        <button type="button" className="button" onClick={onClose}>{t('contactsTable.close')}</button>
      </div>
      <table className="data-table" aria-busy={contacts.status === 'loading'}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('contactsTable.phone')}</th>
            <th scope="col">{t('contactsTable.country')}</th>
            <th scope="col">{t('contactsTable.locale')}</th>
            <th scope="col">{t('contactsTable.optIn')}</th>
            <th scope="col">{t('contactsTable.marketing')}</th>
            <th scope="col">{t('contactsTable.lastInbound')}</th>
            <th scope="col">{t('contactsTable.attributes')}</th>
          </tr>
        </thead>
        <tbody>
          {contacts.status === 'ready' &&
            contacts.value.rows.map((contact, index) => (
              <tr key={contact.phone}>
                <td className="numeric">{contacts.value.page * PAGE_SIZE + index + 1}</td>
                <th scope="row">{contact.phone}</th>
                <td>{contact.country ?? ''}</td>
                <td>{contact.locale ?? ''}</td>
                <td>{yesNo(contact.whatsappOptIn)}</td>
                <td>{yesNo(contact.marketingOptIn)}</td>
                <td>{contact.lastInboundAt ?? ''}</td>
                <td>{Object.entries(contact.attributes).map(([key, value]) => `${key}: ${value}`).join(' · ')}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <nav className="pager" aria-label={t('contactsTable.title', { name: audience.name })}>
        <button type="button" className="button" disabled={page === 0} onClick={() => setPage(page - 1)}>{t('contactsTable.previous')}</button>
        <span>{t('contactsTable.page', { from: number.format(from), to: number.format(to), total: number.format(audience.count) })}</span>
        <button type="button" className="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>{t('contactsTable.next')}</button>
      </nav>
    </section>
  );
}
