/**
 * A sandbox channel's link to the app's built-in sandbox: whether it is running and where,
 * a connection test and template sync against it (it answers like Meta's Cloud API).
 */
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../../core/journey';
import { ConnectionActions } from '../meta/ConnectionActions';
import { useChannelWebhook } from '../use-channel-webhook';
import './sandbox-status.css';

export function SandboxChannelStatus({ channel }: { channel: Channel }) {
  const { t } = useTranslation();
  const state = useChannelWebhook(channel);
  return (
    <section className="sandbox-status" aria-labelledby="sandbox-status-title" data-channel={channel.id}>
      <h3 id="sandbox-status-title">{t('channelsSandbox.title', { name: channel.displayName })}</h3>
      {state.status === 'loading' && <p role="status">{t('channelsSandbox.loading')}</p>}
      {state.status === 'ready' && state.value.sandboxUrl !== undefined && (
        <p role="status">
          <span className="chip chip-ok">{t('channelsSandbox.running')}</span> {t('channelsSandbox.runningAt')} <code data-testid="sandbox-url">{state.value.sandboxUrl}</code>
        </p>
      )}
      {state.status === 'ready' && state.value.sandboxUrl === undefined && <p role="alert" className="notice notice-error">{t('channelsSandbox.notRunning')}</p>}
      {state.status === 'failed' && <p role="alert" className="notice notice-error">{t('channelsSandbox.failed', { message: state.message })}</p>}
      <p className="hint">{t('channelsSandbox.hint')}</p>
      <ConnectionActions channel={channel} source="sandbox" />
    </section>
  );
}
