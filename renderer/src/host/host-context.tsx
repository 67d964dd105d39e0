import { createContext, use } from 'react';
import type { ReactNode } from 'react';
import type { HostApi } from '../../../core/api/host-api';

const HostContext = createContext<HostApi | null>(null);

/** Gives components the host; tests pass a fake one here. */
export function HostProvider({ host, children }: { host: HostApi; children: ReactNode }) {
  return <HostContext value={host}>{children}</HostContext>;
}

export function useHost(): HostApi {
  const host = use(HostContext);
  if (!host) throw new Error('useHost() needs a <HostProvider> above it.');
  return host;
}
