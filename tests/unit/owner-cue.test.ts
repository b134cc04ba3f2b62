import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('a person’s event, by a possessive and the event’s word', () => {
  const event = (id: string, triggers: string[], withIds: string[]) =>
    record({ id, kind: 'event', name: id, start: '2017-05-17', cues: { anchors: ['Washington'], triggers, with: withIds, from: '2017-05-17', to: '2020-12-31' } });
  const resolver = resolverFor(
    buildAliasTable('t', [
      record({ id: 'robert-mueller', kind: 'person', name: 'Robert Mueller', aliases: ['Mueller'] }),
      record({ id: 'donald-trump', kind: 'person', name: 'Donald Trump' }),
      record({ id: 'ukraine', kind: 'place', name: 'Ukraine' }),
      event('mueller-investigation', ['inquiry', 'investigation'], ['robert-mueller', 'donald-trump']),
      event('helsinki-summit', ['summit'], ['donald-trump']),
      event('singapore-summit', ['summit'], ['donald-trump']),
      event('referendum', ['voted'], ['ukraine']),
    ]),
  );
  const found = (text: string) => resolveMentions(resolver, text, { publishedDay: '2019-01-25' }).map((m) => `${m.text}→${m.recordId}`);

  it('names the event in the words after the name, which stays a mention of its own', () => {
    expect(found('He was charged in Robert Mueller’s inquiry.')).toEqual(['Robert Mueller→robert-mueller', 'inquiry→mueller-investigation']);
    expect(found('Robert Mueller’s two-year investigation ended.')).toEqual(['Robert Mueller→robert-mueller', 'two-year investigation→mueller-investigation']);
  });

  it('not where the word is theirs for several events, nor for a place, nor inside a compound', () => {
    expect(found('Donald Trump’s summit was praised.')).toEqual(['Donald Trump→donald-trump']);
    expect(found('Ukraine’s parliament voted.')).toEqual(['Ukraine→ukraine']);
    expect(found('Robert Mueller’s inquiry-related costs.')).toEqual(['Robert Mueller→robert-mueller']);
  });
});
