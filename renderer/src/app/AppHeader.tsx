import { useTranslation } from 'react-i18next';
import { BrandMark } from '../ui/icons';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <BrandMark />
      <span className="app-name">{t('app.name')}</span>
    </header>
  );
}
