/** What crosses a message boundary: plain data, never an `Error` instance. */
export type ErrorCode = 'invalid-message' | 'unknown-type' | 'unreachable' | 'failed';

export interface ProtocolError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({ ok: false, error: { code, message } });

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
