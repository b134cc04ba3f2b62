import { describeError, fail, ok, type Result } from './result';
import { parseMessage, type PayloadCheck } from './validate';

/** A request map: each message type with its request and response shapes. */
export type Api<A> = { [K in keyof A]: { request: unknown; response: unknown } };

export type Handlers<A extends Api<A>, Context> = {
  [K in keyof A]: (payload: A[K]['request'], context: Context) => Promise<A[K]['response']> | A[K]['response'];
};

/**
 * Answers one received message through a handler map. Returns undefined, synchronously, for
 * messages that are not ours, so that an onMessage listener leaves them to whoever they are for.
 */
export function dispatch<A extends Api<A>, Context>(
  raw: unknown,
  checks: { [K in keyof A]: PayloadCheck },
  handlers: Handlers<A, Context>,
  context: Context,
): Promise<Result<unknown>> | undefined {
  const parsed = parseMessage(raw, checks as Record<string, PayloadCheck>);
  if (parsed.kind === 'stray') return undefined;
  if (parsed.kind === 'invalid') {
    console.warn(`Backstory: refused a malformed message: ${parsed.reason}`);
    return Promise.resolve(fail('invalid-message', parsed.reason));
  }
  const handler = handlers[parsed.type as keyof A]!;
  return (async () => {
    try {
      return ok(await handler(parsed.payload as A[keyof A]['request'], context));
    } catch (error) {
      return fail('failed', describeError(error));
    }
  })();
}
