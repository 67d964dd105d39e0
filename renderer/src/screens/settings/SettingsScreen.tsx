import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { BackupSection } from './BackupSection';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <div className="settings-sections">
        <AppearanceSection />
        <BackupSection />
        <AboutSection />
      </div>
    </>
  );
}
