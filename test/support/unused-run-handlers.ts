/** `runs:*` and channel handlers for host tests that never call them: each throws if it is reached. */
import type { HostHandlers } from '../../core/api/host-api';

type RunCall = Extract<keyof HostHandlers, `runs:${string}`> | 'channels:testConnection' | 'templates:sync' | 'templates:submit' | 'channels:webhook';

const unused = async (): Promise<never> => {
  throw new Error('runs:* is not used by this test');
};

export const unusedRunHandlers: Pick<HostHandlers, RunCall> = {
  'runs:start': unused,
  'runs:list': unused,
  'runs:get': unused,
  'runs:pause': unused,
  'runs:resume': unused,
  'runs:cancel': unused,
  'runs:resolveUncertain': unused,
  'runs:report': unused,
  'channels:testConnection': unused,
  'templates:sync': unused,
  'templates:submit': unused,
  'channels:webhook': unused,
};
