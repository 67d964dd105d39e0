import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenIcon } from '../../ui/icons';
import { ScreenHeader } from '../../ui/ScreenHeader';

export function TemplatesScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('templates.title')} subtitle={t('templates.subtitle')} />
      <EmptyState
        icon={<ScreenIcon screen="templates" size={32} />}
        title={t('templates.emptyTitle')}
        body={t('templates.emptyBody')}
        upcomingActions={[t('templates.create')]}
      />
    </>
  );
}
