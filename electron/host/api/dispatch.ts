import type { z } from 'zod';
import { HostErrorCode, hostCalls } from '../../../core/api/host-api';
import type { HostCallName, HostHandlers, HostResult } from '../../../core/api/host-api';
import { HostFailure } from './host-failure';

/** Where a handler's unexpected error is reported; the renderer only learns "internal". */
export type InternalErrorSink = (callName: string, error: unknown) => void;

const defaultSink: InternalErrorSink = (callName, error) => {
  console.error(`host call ${callName} failed:`, error);
};

export function isHostCallName(name: string): name is HostCallName {
  return Object.hasOwn(hostCalls, name);
}

/** `secrets:set: key: expected …` — names the field so the renderer can point at it. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/**
 * The single entry of every transport (IPC, HTTP): it never throws, validates the raw
 * arguments with the contract's zod schema before any handler sees them, and turns every
 * failure into data.
 */
export async function handleHostCall(
  name: string,
  rawArgs: unknown,
  handlers: HostHandlers,
  onInternalError: InternalErrorSink = defaultSink,
): Promise<HostResult<unknown>> {
  if (!isHostCallName(name)) {
    return { ok: false, error: { code: HostErrorCode.unknownCall, message: `unknown host call: ${name}` } };
  }
  const parsed = hostCalls[name].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: HostErrorCode.invalidArgs, message: describeIssues(parsed.error) } };
  }
  try {
    // The map is keyed by the same name the schema came from, so the pairing holds; TypeScript
    // cannot correlate the two indexed accesses of a union key on its own.
    const handler = handlers[name] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof HostFailure) return { ok: false, error: error.toHostError() };
    onInternalError(name, error);
    return { ok: false, error: { code: HostErrorCode.internal, message: 'internal error in the host' } };
  }
}
