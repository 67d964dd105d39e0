import { createServer } from 'node:net';

/** Whether `port` on 127.0.0.1 can be listened on now (a closed server has freed it). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
