/** The sandbox's answers in the Cloud API's shapes: JSON bodies and Meta's error envelope. */
import type { ServerResponse } from 'node:http';
import { lookupError } from '../../../core/whatsapp';
import type { GraphErrorEnvelope } from '../meta/cloud-api-types';
import type { Refusal } from './template-registry';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

let trace = 0;

/** Meta's envelope for `refusal`, with the HTTP status of Meta's table unless `httpStatus` is given. */
export function graphErrorBody(refusal: Refusal): GraphErrorEnvelope {
  const info = lookupError(refusal.code);
  const error: GraphErrorEnvelope['error'] = {
    message: `(#${refusal.code}) ${info.title}`,
    // Meta types nearly every Graph error OAuthException, whatever its cause.
    type: 'OAuthException',
    code: refusal.code,
    error_data: { messaging_product: 'whatsapp', details: refusal.details },
    fbtrace_id: `SBX${(++trace).toString(36).padStart(8, '0')}`,
  };
  if (refusal.subcode !== undefined) error.error_subcode = refusal.subcode;
  return { error };
}

export function sendGraphError(res: ServerResponse, refusal: Refusal, httpStatus?: number): void {
  sendJson(res, httpStatus ?? lookupError(refusal.code).httpStatus, graphErrorBody(refusal));
}
