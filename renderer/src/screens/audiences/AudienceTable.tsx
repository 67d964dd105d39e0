import { useTranslation } from 'react-i18next';
import type { AudienceSummary } from '../../../db';

export function AudienceTable({ audiences, onView, onDelete }: { audiences: AudienceSummary[]; onView: (a: AudienceSummary) => void; onDelete: (a: AudienceSummary) => void }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  if (audiences.length === 0) {
    return (
      <section className="empty-state" aria-labelledby="audiences-empty">
        <h2 id="audiences-empty">{t('audienceList.emptyTitle')}</h2>
        <p className="empty-state-body">{t('audienceList.emptyBody')}</p>
      </section>
    );
  }
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('audienceList.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audienceList.name')}</th>
          <th scope="col" className="numeric">{t('audienceList.contacts')}</th>
          <th scope="col" className="numeric">{t('audienceList.optedIn')}</th>
          <th scope="col" className="numeric">{t('audienceList.marketing')}</th>
          <th scope="col" className="numeric">{t('audienceList.windows')}</th>
          <th scope="col">{t('journeyList.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {audiences.map((audience) => (
          <tr key={audience.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onView(audience)} aria-label={t('audienceList.view', { name: audience.name })}>
                {audience.name}
              </button>
            </th>
            <td className="numeric">{number.format(audience.count)}</td>
            <td className="numeric">{number.format(audience.consent.whatsappOptIn)}</td>
            <td className="numeric">{number.format(audience.consent.marketingOptIn)}</td>
            <td className="numeric">{number.format(audience.consent.openWindows)}</td>
            <td>
              <button type="button" className="button button-small button-danger" onClick={() => onDelete(audience)} aria-label={t('audienceList.delete', { name: audience.name })}>
                {t('journeyList.actionDelete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
