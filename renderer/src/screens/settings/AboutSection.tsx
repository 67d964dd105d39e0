import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../core/api/host-api';
import { useAppInfo } from './use-app-info';

/** What the host says about itself: which build, where data lives, how secrets are kept. */
export function AboutSection() {
  const { t } = useTranslation();
  const { state, retry } = useAppInfo();

  return (
    <section className="card" aria-labelledby="settings-about" aria-busy={state.status === 'loading'}>
      <h2 id="settings-about" className="card-title">
        {t('about.title')}
      </h2>
      {state.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {state.status === 'failed' && (
        <div role="alert" className="notice notice-error">
          <p>{t('about.loadError', { message: state.error.message })}</p>
          <button type="button" className="button" onClick={retry}>
            {t('about.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && <AboutDetails info={state.info} />}
    </section>
  );
}

function AboutDetails({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const hostLabel = info.host === 'electron' ? t('about.hostElectron') : t('about.hostWeb');
  const secretLabel = {
    encrypted: t('about.secretEncrypted'),
    plaintext: t('about.secretPlaintext'),
    'user-file': t('about.secretUserFile'),
  }[info.secretStorage];

  return (
    <dl className="details">
      <dt>{t('about.version')}</dt>
      <dd>
        {info.name} {info.version}
      </dd>
      <dt>{t('about.host')}</dt>
      <dd data-host={info.host}>{hostLabel}</dd>
      <dt>{t('about.dataDir')}</dt>
      <dd>
        <code className="path">{info.dataDir}</code>
      </dd>
      <dt>{t('about.secretStorage')}</dt>
      <dd data-secret-storage={info.secretStorage}>{secretLabel}</dd>
    </dl>
  );
}
