/** Keeps the runs store following the host while a component that shows runs is mounted. */
import { useEffect } from 'react';
import { useHost } from '../host/host-context';
import { followRuns } from './runs-store';

export function useFollowRuns(): void {
  const host = useHost();
  useEffect(() => followRuns(host), [host]);
}
