import { useTranslation } from 'react-i18next';
import { JourneyRow } from './JourneyRow';
import type { JourneyRowActions } from './JourneyRow';
import type { JourneyListItem } from './use-journey-list';

export function JourneyTable({ items, total, query, now, actions }: { items: JourneyListItem[]; total: number; query: string; now: number; actions: JourneyRowActions }) {
  const { t } = useTranslation();
  if (total === 0) {
    return (
      <section className="empty-state" aria-labelledby="journeys-empty">
        <h2 id="journeys-empty">{t('journeyList.emptyTitle')}</h2>
        <p className="empty-state-body">{t('journeyList.emptyBody')}</p>
      </section>
    );
  }
  if (items.length === 0) return <p className="muted">{t('journeyList.noMatch', { query })}</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('journeyList.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('journeyList.name')}</th>
          <th scope="col">{t('journeyList.edited')}</th>
          <th scope="col">{t('journeyList.findings')}</th>
          <th scope="col">{t('journeyList.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <JourneyRow key={item.journey.id} item={item} now={now} actions={actions} />
        ))}
      </tbody>
    </table>
  );
}
