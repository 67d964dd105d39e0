import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenIcon } from '../../ui/icons';
import { ScreenHeader } from '../../ui/ScreenHeader';

export function ChannelsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('channels.title')} subtitle={t('channels.subtitle')} />
      <EmptyState
        icon={<ScreenIcon screen="channels" size={32} />}
        title={t('channels.emptyTitle')}
        body={t('channels.emptyBody')}
        upcomingActions={[t('channels.connect')]}
      />
    </>
  );
}
