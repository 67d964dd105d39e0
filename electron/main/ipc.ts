import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { HostErrorCode, hostCalls } from '../../core/api/host-api';
import type { HostCallName, HostHandlers, HostResult } from '../../core/api/host-api';
import { handleHostCall } from '../host/api/dispatch';
import { isAppUrl } from './security';

/**
 * A call is trusted only from the top frame of one of our windows showing our own app://
 * page: not from a subframe, another window, or a page that navigated elsewhere.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, trustedContentsIds: ReadonlySet<number>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return trustedContentsIds.has(event.sender.id) && isAppUrl(frame.url);
}

const forbidden: HostResult<never> = {
  ok: false,
  error: { code: HostErrorCode.forbidden, message: 'this frame may not call the host' },
};

/**
 * One ipcMain.handle per HostApi call (never a generic "invoke anything" channel): the
 * sender is checked, then the shared dispatcher validates the arguments and answers data.
 */
export function registerHostIpc(handlers: HostHandlers, trustedContentsIds: ReadonlySet<number>): () => void {
  const names = Object.keys(hostCalls) as HostCallName[];
  for (const name of names) {
    ipcMain.handle(name, async (event, rawArgs: unknown) => {
      if (!isTrustedSender(event, trustedContentsIds)) return forbidden;
      return handleHostCall(name, rawArgs, handlers);
    });
  }
  return () => {
    for (const name of names) ipcMain.removeHandler(name);
  };
}
