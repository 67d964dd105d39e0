/** The channel's address on the host's webhook receiver (and the sandbox's URL), asked once per channel. */
import { useEffect, useState } from 'react';
import type { ChannelWebhook } from '../../../../core/api/host-api';
import type { Channel } from '../../../../core/journey';
import { useHost } from '../../host/host-context';

export type ChannelWebhookState = { status: 'loading' } | { status: 'ready'; value: ChannelWebhook } | { status: 'failed'; message: string };

export function useChannelWebhook(channel: Pick<Channel, 'id' | 'mode' | 'displayName'>): ChannelWebhookState {
  const host = useHost();
  const [state, setState] = useState<ChannelWebhookState>({ status: 'loading' });
  const { id, mode, displayName } = channel;
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void host.channels.webhook({ channel: { id, mode, displayName } }).then((answer) => {
      if (!live) return;
      setState(answer.ok ? { status: 'ready', value: answer.value } : { status: 'failed', message: answer.error.message });
    });
    return () => {
      live = false;
    };
  }, [host, id, mode, displayName]);
  return state;
}
