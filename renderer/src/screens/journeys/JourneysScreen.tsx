import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenIcon } from '../../ui/icons';
import { ScreenHeader } from '../../ui/ScreenHeader';

/** The first screen. Until journeys can be stored it says so, rather than show fake ones. */
export function JourneysScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('journeys.title')} subtitle={t('journeys.subtitle')} />
      <EmptyState
        icon={<ScreenIcon screen="journeys" size={32} />}
        title={t('journeys.emptyTitle')}
        body={t('journeys.emptyBody')}
        upcomingActions={[t('journeys.create'), t('journeys.import')]}
      />
    </>
  );
}
