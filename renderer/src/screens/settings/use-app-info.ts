import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, HostError } from '../../../../core/api/host-api';
import { useHost } from '../../host/host-context';

export type AppInfoState =
  | { status: 'loading' }
  | { status: 'ready'; info: AppInfo }
  | { status: 'failed'; error: HostError };

/** Asks the host for `app:info`; `retry` asks again after a failure. */
export function useAppInfo(): { state: AppInfoState; retry: () => void } {
  const host = useHost();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    void host.app.info({}).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', info: result.value } : { status: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [host, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { state, retry };
}
