import { describe, expect, it, vi } from 'vitest';
import { dispatch, type Handlers } from '../../lib/protocol/dispatch';
import { describeError, fail, ok } from '../../lib/protocol/result';
import type { PayloadCheck } from '../../lib/protocol/validate';

interface TestApi {
  echo: { request: { text: string }; response: { text: string; from: string } };
  count: { request: Record<string, never>; response: number };
  boom: { request: Record<string, never>; response: never };
  reject: { request: Record<string, never>; response: never };
  throwString: { request: Record<string, never>; response: never };
}

interface Context {
  from: string;
}

const checks: { [K in keyof TestApi]: PayloadCheck } = {
  echo: (p) => (typeof p.text === 'string' ? null : 'text must be a string'),
  count: () => null,
  boom: () => null,
  reject: () => null,
  throwString: () => null,
};

let calls = 0;
const handlers: Handlers<TestApi, Context> = {
  echo: async ({ text }, { from }) => ({ text, from }),
  count: () => ++calls,
  boom: () => {
    throw new TypeError('handler exploded');
  },
  reject: () => Promise.reject(new Error('disk on fire')),
  throwString: () => {
    throw 'not an Error';
  },
};

const send = (raw: unknown) => dispatch<TestApi, Context>(raw, checks, handlers, { from: 'tab 7' });

/** A plain object that survives the structured clone a message goes through, unchanged. */
function expectSerialisable(value: unknown): void {
  expect(structuredClone(value)).toEqual(value);
  expect(JSON.parse(JSON.stringify(value))).toEqual(value);
}

describe('dispatch', () => {
  it('returns undefined, synchronously, for stray messages', () => {
    for (const raw of [undefined, null, 'echo', { type: 'echo', payload: { text: 'a' } }, { backstory: 2, type: 'echo', payload: {} }]) {
      expect(send(raw)).toBeUndefined();
    }
  });

  it('returns undefined for a type it does not know', () => {
    expect(send({ backstory: 1, type: 'unknown', payload: {} })).toBeUndefined();
    expect(send({ backstory: 1, type: 'hasOwnProperty', payload: {} })).toBeUndefined();
  });

  it('answers a malformed payload with invalid-message, and warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const answer = await send({ backstory: 1, type: 'echo', payload: { text: 7 } });
    expect(answer).toEqual({ ok: false, error: { code: 'invalid-message', message: 'echo: text must be a string' } });
    expect(await send({ backstory: 1, type: 'echo' })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(warn).toHaveBeenCalledTimes(2);
    expectSerialisable(answer);
  });

  it('answers a well-formed message with the handler value and the context', async () => {
    expect(await send({ backstory: 1, type: 'echo', payload: { text: 'hello' } })).toEqual({ ok: true, value: { text: 'hello', from: 'tab 7' } });
  });

  it('answers from a handler that returns synchronously', async () => {
    calls = 0;
    expect(await send({ backstory: 1, type: 'count', payload: {} })).toEqual({ ok: true, value: 1 });
    expect(await send({ backstory: 1, type: 'count', payload: {} })).toEqual({ ok: true, value: 2 });
  });

  it('turns a throwing handler into a failed result that is plain data, not an Error', async () => {
    const answer = await send({ backstory: 1, type: 'boom', payload: {} });
    expect(answer).toEqual({ ok: false, error: { code: 'failed', message: 'handler exploded' } });
    expect(answer!.ok === false && answer!.error instanceof Error).toBe(false);
    expect(Object.getPrototypeOf(answer!.ok === false ? answer!.error : null)).toBe(Object.prototype);
    expectSerialisable(answer);
  });

  it('turns a rejecting handler, or a thrown non-Error, into a failed result', async () => {
    expect(await send({ backstory: 1, type: 'reject', payload: {} })).toEqual({ ok: false, error: { code: 'failed', message: 'disk on fire' } });
    expect(await send({ backstory: 1, type: 'throwString', payload: {} })).toEqual({ ok: false, error: { code: 'failed', message: 'not an Error' } });
  });
});

describe('result helpers', () => {
  it('build plain results', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail('unreachable', 'no answer')).toEqual({ ok: false, error: { code: 'unreachable', message: 'no answer' } });
  });

  it('describe errors of any kind as text', () => {
    expect(describeError(new Error('bad'))).toBe('bad');
    expect(describeError('plain')).toBe('plain');
    expect(describeError(42)).toBe('42');
    expect(describeError(undefined)).toBe('undefined');
  });
});
