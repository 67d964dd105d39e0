import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenIcon } from '../../ui/icons';
import { ScreenHeader } from '../../ui/ScreenHeader';

export function AudiencesScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('audiences.title')} subtitle={t('audiences.subtitle')} />
      <EmptyState
        icon={<ScreenIcon screen="audiences" size={32} />}
        title={t('audiences.emptyTitle')}
        body={t('audiences.emptyBody')}
        upcomingActions={[t('audiences.import')]}
      />
    </>
  );
}
