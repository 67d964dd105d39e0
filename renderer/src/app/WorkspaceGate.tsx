/**
 * Shows the screens once the workspace is ready to use (interrupted imports cleaned up, the
 * sample put in on the very first start). Before, an import made in the first moments could
 * land first and the sample was then never seeded (seeding never touches a workspace that holds
 * anything); every screen's reads and writes now come after it.
 */
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureWorkspace } from '../workspace/first-start';

type Gate = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; message: string };

export function WorkspaceGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [gate, setGate] = useState<Gate>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    ensureWorkspace().then(
      () => live && setGate({ status: 'ready' }),
      (error: unknown) => live && setGate({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  // The ready signal end-to-end tests wait on: the workspace is there and the first screen on the page.
  useEffect(() => {
    if (gate.status === 'ready') document.documentElement.dataset.ready = 'true';
  }, [gate.status]);
  if (gate.status === 'loading') return <p className="muted" role="status">{t('app.loading')}</p>;
  if (gate.status === 'failed') return <p role="alert" className="notice notice-error">{t('app.workspaceFailed', { message: gate.message })}</p>;
  return children;
}
