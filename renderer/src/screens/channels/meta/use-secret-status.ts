/** Whether each secret of a channel is stored (secrets:has): the only thing the renderer may know about them. */
import { useCallback, useEffect, useState } from 'react';
import { useHost } from '../../../host/host-context';
import { SECRET_KINDS, secretKey } from './secret-actions';
import type { SecretKind } from './secret-actions';

export type SecretStatus = Partial<Record<SecretKind, boolean>>;

export function useSecretStatus(channelId: string): { status: SecretStatus; refresh(): void } {
  const host = useHost();
  const [status, setStatus] = useState<SecretStatus>({});
  const refresh = useCallback(() => {
    for (const kind of SECRET_KINDS) {
      void host.secrets.has({ key: secretKey(channelId, kind) }).then((answer) => {
        if (answer.ok) setStatus((s) => ({ ...s, [kind]: answer.value }));
      });
    }
  }, [host, channelId]);
  useEffect(refresh, [refresh]);
  return { status, refresh };
}
