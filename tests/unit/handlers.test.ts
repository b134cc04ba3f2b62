import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundHandlers, type BackgroundDeps, type SenderInfo } from '../../lib/background/handlers';
import { summariseDataset } from '../../lib/dataset/summarise';
import { createDataService, type DataService } from '../../lib/db/data-service';
import { openBackstoryDb } from '../../lib/db/open-db';
import type { BackgroundApi } from '../../lib/protocol/api';
import { dispatch } from '../../lib/protocol/dispatch';
import { backgroundChecks } from '../../lib/protocol/validate';
import { dataset, record } from './support/records';

const data = dataset('v7', [
  record({ id: 'inf-treaty', kind: 'treaty', name: 'INF Treaty', start: '1987-12-08', related: ['inf-withdrawal-2019', 'sergey-lavrov', 'not-in-dataset'] }),
  record({ id: 'inf-withdrawal-2019', kind: 'event', name: 'US withdrawal from the INF Treaty', start: '2019-08-02', related: ['inf-treaty'] }),
  record({ id: 'sergey-lavrov', kind: 'person', name: 'Sergey Lavrov', start: '1950-03-21', related: ['sochi-talks-2019', 'helsinki-summit-2018', 'sochi'] }),
  record({ id: 'sochi-talks-2019', kind: 'event', name: 'Pompeo–Lavrov talks in Sochi', start: '2019-05-14', related: ['sergey-lavrov', 'sochi'] }),
  record({ id: 'helsinki-summit-2018', kind: 'event', name: '2018 Russia–United States summit', start: '2018-07-16', related: [] }),
  record({ id: 'sochi', kind: 'place', name: 'Sochi', related: [] }),
]);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

interface Setup {
  service: DataService;
  deps: BackgroundDeps;
  announceSite: ReturnType<typeof vi.fn<BackgroundDeps['announceSite']>>;
  announceSettings: ReturnType<typeof vi.fn<BackgroundDeps['announceSettings']>>;
  openSidebar: ReturnType<typeof vi.fn<BackgroundDeps['openSidebar']>>;
  send(type: string, payload?: unknown, sender?: SenderInfo): Promise<unknown> | undefined;
}

let counter = 0;
function setup(service: DataService = createDataService(data, () => openBackstoryDb(`handlers-${++counter}`))): Setup {
  const announceSite = vi.fn<BackgroundDeps['announceSite']>(async () => undefined);
  const announceSettings = vi.fn<BackgroundDeps['announceSettings']>(async () => undefined);
  const openSidebar = vi.fn<BackgroundDeps['openSidebar']>(async () => true);
  const deps: BackgroundDeps = { data: service, about: summariseDataset(data), announceSite, announceSettings, openSidebar };
  const handlers = createBackgroundHandlers(deps);
  return {
    service,
    deps,
    announceSite,
    announceSettings,
    openSidebar,
    send: (type, payload = {}, sender = { tabId: 3, windowId: 1 }) =>
      dispatch<BackgroundApi, SenderInfo>({ backstory: 1, type, payload }, backgroundChecks, handlers, sender),
  };
}

function memoryService(): DataService {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return createDataService(data, () => Promise.reject(new Error('no IndexedDB here')));
}

describe('background handlers through dispatch', () => {
  it('leave stray messages unanswered', () => {
    const { deps } = setup();
    const handlers = createBackgroundHandlers(deps);
    for (const raw of [null, 'records/get', { type: 'records/get', payload: { ids: [] } }, { backstory: 1, type: 'records/delete', payload: {} }]) {
      expect(dispatch<BackgroundApi, SenderInfo>(raw, backgroundChecks, handlers, {})).toBeUndefined();
    }
  });

  it('answer malformed payloads with invalid-message', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { send, announceSite } = setup();
    for (const [type, payload] of [
      ['records/get', { ids: 'inf-treaty' }],
      ['timeline/get', {}],
      ['site/set', { site: 'example.com', enabled: 'no' }],
      ['site/get', null],
      ['settings/set', { highlightAll: 'yes' }],
      ['corrections/set', { page: 'https://a.example/', key: 'sochi' }],
    ] as const) {
      expect(await send(type, payload)).toMatchObject({ ok: false, error: { code: 'invalid-message', message: expect.stringContaining(type) } });
    }
    expect(announceSite).not.toHaveBeenCalled();
  });

  it('records/get answers cards with related ids resolved to names', async () => {
    const { send } = setup();
    const answer = await send('records/get', { ids: ['inf-treaty', 'not-in-dataset', 'sochi'] });
    expect(answer).toEqual({
      ok: true,
      value: {
        source: 'indexeddb',
        cards: [
          {
            record: data.records[0],
            related: [
              { id: 'inf-withdrawal-2019', name: 'US withdrawal from the INF Treaty', kind: 'event', start: '2019-08-02' },
              { id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person', start: '1950-03-21' },
            ],
          },
          { record: data.records[5], related: [] },
        ],
      },
    });
  });

  it('records/get resolves a relation among the records asked for', async () => {
    const { send } = setup();
    const answer = (await send('records/get', { ids: ['inf-withdrawal-2019', 'inf-treaty'] })) as { value: BackgroundApi['records/get']['response'] };
    expect(answer.value.cards[0]!.related).toEqual([{ id: 'inf-treaty', name: 'INF Treaty', kind: 'treaty', start: '1987-12-08' }]);
    expect(answer.value.cards.map((c) => c.record.id)).toEqual(['inf-withdrawal-2019', 'inf-treaty']);
  });

  it('records/get says when the data came from memory', async () => {
    const { send } = setup(memoryService());
    expect(await send('records/get', { ids: ['sochi'] })).toEqual({
      ok: true,
      value: { source: 'memory', cards: [{ record: data.records[5], related: [] }] },
    });
  });

  it('timeline/get answers the events sorted by date', async () => {
    const { send } = setup();
    const answer = (await send('timeline/get', { ids: ['inf-treaty', 'sergey-lavrov'] })) as {
      ok: true;
      value: BackgroundApi['timeline/get']['response'];
    };
    expect(answer.ok).toBe(true);
    expect(answer.value.source).toBe('indexeddb');
    expect(answer.value.entries.map((e) => [e.id, e.start, e.mentioned, e.via])).toEqual([
      ['helsinki-summit-2018', '2018-07-16', false, ['Sergey Lavrov']],
      ['sochi-talks-2019', '2019-05-14', false, ['Sergey Lavrov']],
      ['inf-withdrawal-2019', '2019-08-02', false, ['INF Treaty']],
    ]);
  });

  it('timeline/get includes the events a page names', async () => {
    const { send } = setup(memoryService());
    const answer = (await send('timeline/get', { ids: ['inf-withdrawal-2019', 'sochi-talks-2019'] })) as {
      value: BackgroundApi['timeline/get']['response'];
    };
    expect(answer.value.entries.map((e) => [e.id, e.mentioned])).toEqual([
      ['sochi-talks-2019', true],
      ['inf-withdrawal-2019', true],
    ]);
  });

  it('site/set stores the choice and announces it', async () => {
    const { send, service, announceSite } = setup();
    let storedWhenAnnounced: boolean | undefined;
    announceSite.mockImplementation(async (site) => {
      storedWhenAnnounced = await service.getSiteEnabled(site);
    });
    expect(await send('site/set', { site: 'example.com', enabled: false })).toEqual({ ok: true, value: { enabled: false } });
    expect(announceSite).toHaveBeenCalledExactlyOnceWith('example.com', false);
    expect(storedWhenAnnounced).toBe(false);
    expect(await service.getSiteEnabled('example.com')).toBe(false);
    expect(await send('site/get', { site: 'example.com' })).toEqual({ ok: true, value: { enabled: false } });
    expect(await send('site/get', { site: 'other.example' })).toEqual({ ok: true, value: { enabled: true } });
  });

  it('site/set works from memory too', async () => {
    const { send, announceSite } = setup(memoryService());
    expect(await send('site/set', { site: 'example.com', enabled: false })).toEqual({ ok: true, value: { enabled: false } });
    expect(await send('site/get', { site: 'example.com' })).toEqual({ ok: true, value: { enabled: false } });
    expect(announceSite).toHaveBeenCalledWith('example.com', false);
  });

  it('settings/get and settings/set, announcing the new settings', async () => {
    const { send, announceSettings } = setup();
    expect(await send('settings/get')).toEqual({ ok: true, value: { highlightAll: false } });
    expect(await send('settings/set', { highlightAll: true })).toEqual({ ok: true, value: { highlightAll: true } });
    expect(announceSettings).toHaveBeenCalledExactlyOnceWith({ highlightAll: true });
    expect(await send('settings/get')).toEqual({ ok: true, value: { highlightAll: true } });
  });

  it('corrections/set and corrections/get', async () => {
    const { send } = setup();
    const page = 'https://news.example/story';
    expect(await send('corrections/set', { page, key: 'helsinki summit', recordId: 'helsinki-summit-2018' })).toEqual({
      ok: true,
      value: { saved: true },
    });
    expect(await send('corrections/get', { page })).toEqual({
      ok: true,
      value: { corrections: [{ key: 'helsinki summit', recordId: 'helsinki-summit-2018' }] },
    });
  });

  it('sidebar/open passes on the sender', async () => {
    const { send, openSidebar } = setup();
    expect(await send('sidebar/open', {}, { tabId: 9, windowId: 4 })).toEqual({ ok: true, value: { opened: true } });
    expect(openSidebar).toHaveBeenCalledExactlyOnceWith({ tabId: 9, windowId: 4 });
    openSidebar.mockResolvedValueOnce(false);
    expect(await send('sidebar/open')).toEqual({ ok: true, value: { opened: false } });
  });

  it('data/status answers the data service status', async () => {
    const { send, service } = setup();
    await service.ready();
    expect(await send('data/status')).toEqual({
      ok: true,
      value: { state: 'ready', source: 'indexeddb', version: 'v7', records: data.records.length, progress: 1 },
    });
  });

  it('data/about answers the dataset summary', async () => {
    const { send, deps } = setup();
    expect(await send('data/about')).toEqual({ ok: true, value: deps.about });
  });

  it('a throwing handler answers failed, as plain serialisable data', async () => {
    const { send, announceSite, service } = setup();
    announceSite.mockRejectedValueOnce(new Error('tabs.query failed'));
    const answer = await send('site/set', { site: 'example.com', enabled: false });
    expect(answer).toEqual({ ok: false, error: { code: 'failed', message: 'tabs.query failed' } });
    expect((answer as { error: unknown }).error).not.toBeInstanceOf(Error);
    expect(structuredClone(answer)).toEqual(answer);
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
    // The choice was stored before the announcement failed.
    expect(await service.getSiteEnabled('example.com')).toBe(false);
  });

  it('a failing data service answers failed', async () => {
    const base = memoryService();
    const broken: DataService = { ...base, getRecords: () => Promise.reject(new Error('the store is corrupt')) };
    const { send } = setup(broken);
    expect(await send('records/get', { ids: ['sochi'] })).toEqual({ ok: false, error: { code: 'failed', message: 'the store is corrupt' } });
    expect(await send('timeline/get', { ids: ['sochi'] })).toEqual({ ok: false, error: { code: 'failed', message: 'the store is corrupt' } });
  });
});
