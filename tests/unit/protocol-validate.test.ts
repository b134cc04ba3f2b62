import { describe, expect, it } from 'vitest';
import { backgroundChecks, contentChecks, parseMessage } from '../../lib/protocol/validate';

const message = (type: string, payload: unknown) => ({ backstory: 1, type, payload });

describe('parseMessage: stray messages', () => {
  it('ignores anything that is not marked as ours', () => {
    for (const raw of [undefined, null, 1, 'site/get', [], {}, { type: 'site/get', payload: { site: 'a' } }, { backstory: 2, type: 'site/get', payload: { site: 'a' } }, { backstory: '1', type: 'site/get', payload: { site: 'a' } }, { backstory: true, type: 'site/get', payload: { site: 'a' } }]) {
      expect(parseMessage(raw, backgroundChecks), JSON.stringify(raw)).toEqual({ kind: 'stray' });
    }
  });

  it('ignores a type it does not know, or that is not a string', () => {
    expect(parseMessage(message('site/delete', {}), backgroundChecks)).toEqual({ kind: 'stray' });
    expect(parseMessage(message('toString', {}), backgroundChecks)).toEqual({ kind: 'stray' });
    expect(parseMessage(message('__proto__', {}), backgroundChecks)).toEqual({ kind: 'stray' });
    expect(parseMessage({ backstory: 1, payload: {} }, backgroundChecks)).toEqual({ kind: 'stray' });
    expect(parseMessage({ backstory: 1, type: 7, payload: {} }, backgroundChecks)).toEqual({ kind: 'stray' });
  });

  it('keeps background and content messages apart', () => {
    expect(parseMessage(message('page/state', {}), backgroundChecks)).toEqual({ kind: 'stray' });
    expect(parseMessage(message('site/get', { site: 'a' }), contentChecks)).toEqual({ kind: 'stray' });
    expect(parseMessage(message('page/state', {}), contentChecks)).toMatchObject({ kind: 'valid', type: 'page/state' });
  });
});

describe('parseMessage: malformed payloads', () => {
  const invalid = (type: string, payload: unknown) => parseMessage(message(type, payload), { ...backgroundChecks, ...contentChecks });

  it('refuses a payload that is not an object', () => {
    for (const payload of [undefined, null, 'x', 3, ['site']]) {
      expect(invalid('data/status', payload)).toEqual({ kind: 'invalid', reason: 'data/status: payload must be an object' });
    }
  });

  it.each([
    ['site/get', {}, 'site must be a host name'],
    ['site/get', { site: '' }, 'site must be a host name'],
    ['site/get', { site: 'x'.repeat(254) }, 'site must be a host name'],
    ['site/get', { site: 42 }, 'site must be a host name'],
    ['site/set', { site: 'a.example' }, 'enabled must be a boolean'],
    ['site/set', { site: 'a.example', enabled: 'false' }, 'enabled must be a boolean'],
    ['page/site-changed', { enabled: true }, 'site must be a host name'],
    ['records/get', {}, 'ids must be an array'],
    ['records/get', { ids: 'alpha' }, 'ids must be an array'],
    ['records/get', { ids: [1] }, 'ids must be an array'],
    ['records/get', { ids: ['x'.repeat(201)] }, 'ids must be an array'],
    ['timeline/get', { ids: Array.from({ length: 10_001 }, () => 'a') }, 'ids must be an array'],
    ['settings/set', {}, 'highlightAll must be a boolean'],
    ['page/settings-changed', { highlightAll: 1 }, 'highlightAll must be a boolean'],
    ['corrections/get', { page: '' }, 'page must be a URL'],
    ['corrections/get', { page: 'x'.repeat(2049) }, 'page must be a URL'],
    ['corrections/set', { page: 'https://a/', key: 'k' }, 'key and recordId must be short strings'],
    ['corrections/set', { page: 'https://a/', key: 'x'.repeat(301), recordId: 'r' }, 'key and recordId must be short strings'],
    ['corrections/set', { page: 'https://a/', key: 'k', recordId: '' }, 'key and recordId must be short strings'],
  ])('%s %j: %s', (type, payload, reason) => {
    const parsed = invalid(type, payload);
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' && parsed.reason.startsWith(`${type}: ${reason}`), JSON.stringify(parsed)).toBe(true);
  });
});

describe('parseMessage: well-formed messages', () => {
  it.each([
    ['site/get', { site: 'example.com' }],
    ['site/set', { site: 'example.com', enabled: false }],
    ['records/get', { ids: [] }],
    ['records/get', { ids: ['alpha', 'beta'] }],
    ['timeline/get', { ids: Array.from({ length: 10_000 }, () => 'a') }],
    ['sidebar/open', {}],
    ['data/status', {}],
    ['settings/get', {}],
    ['settings/set', { highlightAll: true }],
    ['corrections/get', { page: 'https://a.example/x' }],
    ['corrections/set', { page: 'https://a.example/x', key: 'sochi', recordId: 'sochi' }],
  ])('%s', (type, payload) => {
    expect(parseMessage(message(type, payload), backgroundChecks)).toEqual({ kind: 'valid', type, payload });
  });

  it('accepts every content message', () => {
    expect(parseMessage(message('page/site-changed', { site: 'a', enabled: true }), contentChecks).kind).toBe('valid');
    expect(parseMessage(message('page/settings-changed', { highlightAll: false }), contentChecks).kind).toBe('valid');
    expect(parseMessage(message('page/mentions', {}), contentChecks).kind).toBe('valid');
  });

  it('has a check for every message type', () => {
    const background = Object.keys(backgroundChecks);
    for (const type of ['corrections/get', 'corrections/set', 'data/status', 'records/get', 'settings/get', 'settings/set', 'sidebar/open', 'site/get', 'site/set', 'timeline/get']) {
      expect(background).toContain(type);
    }
    for (const type of ['page/mentions', 'page/settings-changed', 'page/site-changed', 'page/state']) expect(Object.keys(contentChecks)).toContain(type);
    for (const check of [...Object.values(backgroundChecks), ...Object.values(contentChecks)]) expect(typeof check).toBe('function');
  });
});
