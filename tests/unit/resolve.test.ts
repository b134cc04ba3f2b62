import { describe, expect, it } from 'vitest';
import { foldText } from '../../lib/match/fold';
import { buildAliasTable } from '../../lib/match/alias-table';
import { decide, dependsOnContext, findInText, resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

const table = buildAliasTable(
  't',
  [
    record({ id: 'theresa-may', kind: 'person', name: 'Theresa May', aliases: [] }),
    record({ id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un', aliases: [] }),
    record({ id: 'sergei-skripal', kind: 'person', name: 'Sergei Skripal', aliases: ['Skripal'] }),
    record({ id: 'un-security-council', kind: 'organisation', name: 'UN Security Council', aliases: ['Security Council'] }),
    record({
      id: 'expulsions-2018',
      kind: 'event',
      name: 'Expulsions of 2018',
      aliases: [],
      start: '2018-03-14',
      cues: { phrases: ['expulsion of Russian diplomats'], with: ['sergei-skripal'], from: '2018-03-14', to: '2018-04-30' },
    }),
  ],
  ['National Security Council'],
);
const resolver = resolverFor(table);
const found = (text: string, publishedDay = '2018-03-20') => resolveMentions(resolver, text, { publishedDay }).map((m) => `${m.text}→${m.recordId}`);

const butina = resolverFor(
  buildAliasTable('t', [
    record({ id: 'maria-butina', kind: 'person', name: 'Maria Butina', aliases: [] }),
    record({
      id: 'butina-plea-2018',
      kind: 'event',
      name: 'Butina plea',
      aliases: [],
      start: '2018-12-13',
      cues: { phrases: ['Butina pleaded guilty'], with: ['maria-butina'], from: '2018-12-13', to: '2019-12-31' },
    }),
  ]),
);
const cut = (text: string) =>
  resolveMentions(butina, text, { publishedDay: '2018-12-14', onPage: new Set(['maria-butina']) }).map((m) => `${m.text}→${m.recordId}`);

describe('resolving mentions', () => {
  it('keeps a longer name that holds an alias out: a blocker means nothing', () => {
    expect(found('The National Security Council met; the Security Council did not.')).toEqual(['Security Council→un-security-council']);
  });

  it('cuts a description back where a name runs into its start, so that both are read', () => {
    expect(cut('Maria Butina pleaded guilty on Thursday.')).toEqual(['Maria Butina→maria-butina', 'pleaded guilty→butina-plea-2018']);
    expect(cut('Butina pleaded guilty on Thursday.')).toEqual(['Butina pleaded guilty→butina-plea-2018']);
  });

  it('reads a surname alone as the person once the page names them in full', () => {
    expect(found('Theresa May spoke. Later, May said more.')).toEqual(['Theresa May→theresa-may', 'May→theresa-may']);
    expect(found('Kim Jong Un arrived. Kim smiled.')).toEqual(['Kim Jong Un→kim-jong-un', 'Kim→kim-jong-un']);
    expect(found('Later, May said more.')).toEqual([]);
  });

  it('takes no father’s name for a surname', () => {
    const saudi = resolverFor(buildAliasTable('t', [record({ id: 'mohammed-bin-salman', kind: 'person', name: 'Mohammed bin Salman', aliases: [] })]));
    expect(resolveMentions(saudi, 'Mohammed bin Salman met Abdulaziz bin Salman and King Salman.').map((m) => m.text)).toEqual(['Mohammed bin Salman']);
  });

  it('does not take a month for a surname', () => {
    expect(found('Theresa May spoke in May 2018, and again on 3 May.')).toEqual(['Theresa May→theresa-may']);
    expect(found('Theresa May spoke. TALKS RESUME IN MAY')).toEqual(['Theresa May→theresa-may']);
  });

  it('reads a surname in a line set in capitals, where every word is capitalised', () => {
    expect(found('Kim Jong Un arrived. KIM SAYS TALKS STALLED')).toEqual(['Kim Jong Un→kim-jong-un', 'KIM→kim-jong-un']);
    expect(found('Kim Jong Un arrived. Kim Hyok Chol followed.')).toEqual(['Kim Jong Un→kim-jong-un']);
  });

  it('recognises a described event whatever number stands in the phrase', () => {
    expect(found('After the Skripal case came the expulsion of 23 Russian diplomats.')).toEqual([
      'Skripal→sergei-skripal',
      'expulsion of 23 Russian diplomats→expulsions-2018',
    ]);
  });

  it('keeps a specific description valid for two years, beyond a narrow window', () => {
    const text = 'Skripal aside, the expulsion of Russian diplomats still rankles.';
    expect(found(text, '2019-12-01')).toContain('expulsion of Russian diplomats→expulsions-2018');
    expect(found(text, '2020-04-01')).not.toContain('expulsion of Russian diplomats→expulsions-2018');
  });

  it('folds numbers out only when asked', () => {
    expect(foldText('of 23 Russian').text).toBe('of 23 russian');
    expect(foldText('of 23 Russian', true).text).toBe('of russian');
    expect(foldText('a 60-day ultimatum', true).text).toBe('a 60 day ultimatum');
  });
});

describe('a surname shared by several people on the page', () => {
  const kims = resolverFor(
    buildAliasTable('k', [
      record({ id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un', aliases: [] }),
      record({ id: 'kim-yong-chol', kind: 'person', name: 'Kim Yong Chol', aliases: [] }),
    ]),
  );
  it('goes to the one the page names most, and to nobody on a tie', () => {
    const text = 'Kim smiled.';
    const onPage = new Set(['kim-jong-un', 'kim-yong-chol']);
    const most = resolveMentions(kims, text, { onPage, namedCounts: new Map([['kim-jong-un', 3], ['kim-yong-chol', 1]]) });
    expect(most.map((m) => m.recordId)).toEqual(['kim-jong-un']);
    const tie = resolveMentions(kims, text, { onPage, namedCounts: new Map([['kim-jong-un', 1], ['kim-yong-chol', 1]]) });
    expect(tie).toEqual([]);
  });
});

describe('an event described by an anchor near a trigger', () => {
  const near = resolverFor(
    buildAliasTable('n', [
      record({ id: 'mike-pompeo', kind: 'person', name: 'Mike Pompeo', aliases: ['Pompeo'] }),
      record({ id: 'donald-trump', kind: 'person', name: 'Donald Trump', aliases: [{ text: 'Trump', case: 'exact' }] }),
      record({ id: 'sochi', kind: 'place', name: 'Sochi', aliases: [] }),
      record({ id: 'kerch-strait', kind: 'place', name: 'Kerch Strait', aliases: [] }),
      record({ id: 'greater-sochi', kind: 'place', name: 'Greater Sochi', aliases: [] }),
      record({
        id: 'sochi-talks-2019',
        kind: 'event',
        name: 'Sochi talks',
        aliases: [],
        start: '2019-05-14',
        cues: { anchors: ['Sochi'], triggers: ['talks', 'met'], with: ['mike-pompeo', 'donald-trump'], from: '2019-05-13', to: '2019-08-31' },
      }),
      record({
        id: 'kerch-incident-2018',
        kind: 'event',
        name: 'Kerch incident',
        aliases: [],
        start: '2018-11-25',
        cues: { anchors: ['Kerch', 'Ukrainian ships'], triggers: ['seized', 'seizure'], with: ['mike-pompeo'], from: '2018-11-25', to: '2019-12-31' },
      }),
    ]),
  );
  const found = (text: string, publishedDay = '2019-05-15') => resolveMentions(near, text, { publishedDay }).map((m) => `${m.text}→${m.recordId}`);

  it('finds the words from anchor to trigger, in either order, a few words apart', () => {
    expect(found('Pompeo praised their talks in the Black Sea resort city of Sochi.')).toEqual([
      'Pompeo→mike-pompeo',
      'talks in the Black Sea resort city of Sochi→sochi-talks-2019',
    ]);
    expect(found('Pompeo left the Sochi talks early.')).toContain('Sochi talks→sochi-talks-2019');
  });

  it('never across the break between two blocks', () => {
    expect(found('Pompeo held talks.\u0000Sochi is warm.')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
  });

  it('needs both in one sentence, close together', () => {
    expect(found('Pompeo held talks. Sochi was warm.')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
    expect(found('Pompeo held talks on a great many subjects of the day with officials from Sochi.')).not.toContain(
      expect.stringContaining('sochi-talks-2019'),
    );
    expect(found('Pompeo held talks with U.S. officials in Sochi.')).toContain('talks with U.S. officials in Sochi→sochi-talks-2019');
  });

  it('counts only in its date window, on a page naming a record of its context', () => {
    expect(found('Pompeo held talks in Sochi.', '2019-10-01')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
    expect(found('They held talks in Sochi.')).toEqual(['Sochi→sochi']);
  });

  it('never across a colon, which ends a label or a speaker’s name, nor a semicolon, which ends a clause', () => {
    expect(found('Pompeo: Sochi talks went well.')).toContain('Sochi talks→sochi-talks-2019');
    expect(found('Pompeo in Sochi: talks went well.')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
    expect(found('Pompeo flew to Sochi; talks went well.')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
  });

  it('never across a comma and a relative pronoun: the clause says more of the name before it', () => {
    expect(found('Pompeo flew to Sochi, where talks began.')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
    expect(found('Pompeo flew to Sochi where talks began.')).toContain('Sochi where talks→sochi-talks-2019');
    expect(found('Pompeo saw envoys in Sochi, two of whom held talks.')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
  });

  it('never across a conjunction that opens another clause', () => {
    expect(found('Pompeo said the mood in Sochi changed when talks began.')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
    expect(found('Pompeo said the mood in Sochi changed because the talks stalled.')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
  });

  it('never across a reporting verb: the speaker, then what was said', () => {
    expect(found('A diplomat posted to Sochi, said the talks would go on.')).toEqual(['Sochi→sochi']);
    expect(found('Pompeo aides in Sochi said the talks would go on.')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
  });

  it('never from a name across a comma and a preposition, which close its apposition', () => {
    expect(found('Pompeo visited a resort, namely Sochi, for talks.')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
    expect(found('Pompeo flew to Sochi for talks.')).toContain('Sochi for talks→sochi-talks-2019');
  });

  it('never across a lone "and" or "or", which joins two items of a list', () => {
    expect(found('Pompeo expelled Ukrainian ships and seized a port.', '2018-11-26')).toEqual(['Pompeo→mike-pompeo']);
    expect(found('Pompeo saw Ukrainian ships being seized.', '2018-11-26')).toContain('Ukrainian ships being seized→kerch-incident-2018');
  });

  it('does not swallow another name between the two', () => {
    expect(found('In Sochi, where Trump met nobody, Pompeo waited.')).toEqual(['Sochi→sochi', 'Trump→donald-trump', 'Pompeo→mike-pompeo']);
  });

  it('takes in a partner of the event between a trigger and where it happened', () => {
    expect(found('Pompeo held talks with Donald Trump in Sochi.')).toEqual(['Pompeo→mike-pompeo', 'talks with Donald Trump in Sochi→sochi-talks-2019']);
    expect(found('Pompeo met Trump in Sochi.')).toEqual(['Pompeo→mike-pompeo', 'met Trump in Sochi→sochi-talks-2019']);
    expect(found('Pompeo met Trump as host in Sochi.')).toEqual(['Pompeo→mike-pompeo', 'Trump→donald-trump', 'Sochi→sochi']);
    expect(found('In Sochi Trump met nobody.')).toEqual(['Sochi→sochi', 'Trump→donald-trump']);
  });

  it('takes in a partner’s possessive between a trigger and its anchor', () => {
    expect(found('Pompeo praised talks with Trump’s envoys in Sochi.')).toEqual(['Pompeo→mike-pompeo', 'talks with Trump’s envoys in Sochi→sochi-talks-2019']);
    expect(found('Pompeo praised talks and Pompeo’s friends in Sochi.')).not.toContain(expect.stringContaining('sochi-talks-2019'));
  });

  it('takes in the whole of a name its anchor is part of', () => {
    expect(found('Pompeo condemned the seizure in the Kerch Strait.', '2018-11-26')).toContain('seizure in the Kerch Strait→kerch-incident-2018');
    expect(found('Pompeo held talks in Greater Sochi.')).toContain('talks in Greater Sochi→sochi-talks-2019');
  });

  it('takes no denied trigger for a description: it says what did not happen', () => {
    expect(found('Pompeo has not met anyone in Sochi.')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
    expect(found('Pompeo didn’t formally meet in Sochi.')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
    expect(found('Pompeo not only met them in Sochi.')).toContain('met them in Sochi→sochi-talks-2019');
  });

  it('takes no trigger only said to be possible or imagined: nothing happened', () => {
    expect(found('Pompeo can meet anyone in Sochi.')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
    expect(found('It would help if Pompeo met them in Sochi.')).toEqual(['Pompeo→mike-pompeo', 'Sochi→sochi']);
    expect(found('Pompeo met a Canadian in Sochi.')).toContain('met a Canadian in Sochi→sochi-talks-2019');
  });

  it('takes no participle at the end of a hyphenated word for a trigger', () => {
    expect(found('Pompeo: the Russian-seized Ukrainian ships are in port.', '2018-11-26')).toEqual(['Pompeo→mike-pompeo']);
    expect(found('Pompeo: Russia seized Ukrainian ships.', '2018-11-26')).toContain('seized Ukrainian ships→kerch-incident-2018');
  });

  it('joins a trigger and the anchors close beside it into one description, and no more', () => {
    expect(found('Pompeo: Ukrainian ships seized near Kerch.', '2018-11-26')).toContain('Ukrainian ships seized near Kerch→kerch-incident-2018');
    expect(found('Pompeo: Russia seized Ukrainian ships near Kerch.', '2018-11-26')).toContain('seized Ukrainian ships→kerch-incident-2018');
  });

  it('takes a verb with what follows it, rather than with its subject, where an anchor stands on each side', () => {
    expect(found('Pompeo: the Ukrainian ships were seized by coast guard boats off Kerch.', '2018-11-26')).toContain(
      'seized by coast guard boats off Kerch→kerch-incident-2018',
    );
    expect(found('Pompeo: the Ukrainian ships and their seizure by coast guard boats off Kerch.', '2018-11-26')).toContain(
      'Ukrainian ships and their seizure→kerch-incident-2018',
    );
  });

  it('tells one thing once: a second trigger on an anchor already used adds no mention', () => {
    const kerch = found('Pompeo: Russia seized the Ukrainian ships off Kerch on Sunday and captured them.', '2018-11-26');
    expect(kerch.filter((m) => m.endsWith('kerch-incident-2018'))).toEqual(['seized the Ukrainian ships→kerch-incident-2018']);
  });

  it('settles an ambiguous name it holds, but defers to a name of the event itself', () => {
    const sochi = resolverFor(
      buildAliasTable('a', [
        record({ id: 'mike-pompeo', kind: 'person', name: 'Mike Pompeo', aliases: ['Pompeo'] }),
        record({ id: 'old-deal', kind: 'event', name: 'Old deal', aliases: [{ text: 'Sochi agreement', ambiguous: true }], start: '2018-09-17',
          cues: { anchors: ['Sochi', 'buffer zone'], triggers: ['agreement'], with: ['mike-pompeo'], from: '2018-09-17', to: '2020-12-31' } }),
        record({ id: 'new-deal', kind: 'event', name: 'New deal', aliases: [{ text: 'Sochi agreement', ambiguous: true }, 'Sochi memorandum'], start: '2019-10-22',
          cues: { anchors: ['Sochi'], triggers: ['agreement', 'memorandum'], with: ['mike-pompeo'], from: '2019-10-22', to: '2020-12-31' } }),
      ]),
    );
    const day = { publishedDay: '2019-10-23' };
    const ids = (text: string) => resolveMentions(sochi, text, day).map((m) => `${m.text}→${m.recordId}`);
    expect(ids('Pompeo recalled the Sochi agreement on a buffer zone.')).toContain('Sochi agreement on a buffer zone→old-deal');
    expect(ids('Pompeo read the Sochi memorandum.')).toEqual(['Pompeo→mike-pompeo', 'Sochi memorandum→new-deal']);
    expect(resolveMentions(sochi, 'Pompeo read the Sochi memorandum.', day)[1]!.via).toBe('alias');
  });
});

describe('what a change of the page\'s context re-decides', () => {
  it('leaves names of one record each alone, and re-decides descriptions and surnames', () => {
    expect(dependsOnContext(findInText(resolver, 'Sergei Skripal spoke to the UN Security Council.'))).toBe(false);
    expect(dependsOnContext(findInText(resolver, 'The expulsion of Russian diplomats followed.'))).toBe(true);
    expect(dependsOnContext(findInText(resolver, 'May spoke.'))).toBe(true);
  });

  it('decides a context-free text the same way on any page', () => {
    const text = findInText(resolver, 'Sergei Skripal spoke to the UN Security Council.');
    const bare = decide(resolver, text);
    expect(decide(resolver, text, { publishedDay: '2018-03-20', onPage: new Set(['theresa-may']), namedCounts: new Map([['theresa-may', 3]]) })).toEqual(bare);
  });
});

describe('people of one surname', () => {
  const skripals = resolverFor(
    buildAliasTable('t', [
      record({ id: 'sergei-skripal', kind: 'person', name: 'Sergei Skripal', aliases: ['Skripal'] }),
      record({ id: 'yulia-skripal', kind: 'person', name: 'Yulia Skripal', aliases: [] }),
      record({ id: 'theresa-may', kind: 'person', name: 'Theresa May', aliases: [] }),
    ]),
  );
  const read = (text: string) => resolveMentions(skripals, text).map((m) => `${m.text}→${m.recordId}`);

  it('are told apart by first name once the page names them, or a relative, in full', () => {
    expect(read('Yulia Skripal was discharged. Yulia thanked the staff.')).toEqual(['Yulia Skripal→yulia-skripal', 'Yulia→yulia-skripal']);
    expect(read('Yulia thanked the staff.')).toEqual([]);
    expect(read('Sergei Skripal and his daughter Yulia were found.')).toEqual(['Sergei Skripal→sergei-skripal', 'Yulia→yulia-skripal']);
    expect(read('Yulia Skripal was discharged; Yulia Navalnaya spoke.')).toEqual(['Yulia Skripal→yulia-skripal']);
  });

  it('leave the first names of others alone', () => {
    expect(read('Theresa May spoke. Theresa said more.')).toEqual(['Theresa May→theresa-may']);
  });
});

describe('an epithet in apposition to a person', () => {
  const warmbier = resolverFor(
    buildAliasTable('t', [
      record({ id: 'otto-warmbier', kind: 'person', name: 'Otto Warmbier', aliases: ['Warmbier'] }),
      record({ id: 'theresa-may', kind: 'person', name: 'Theresa May' }),
      record({
        id: 'warmbier-death-2017',
        kind: 'event',
        name: 'Death of Otto Warmbier',
        start: '2017-06-19',
        cues: { anchors: ['American student'], triggers: ['died'], with: ['otto-warmbier'], from: '2017-06-19', to: '2020-12-31' },
      }),
    ]),
  );
  const read = (text: string) => resolveMentions(warmbier, text, { publishedDay: '2018-06-12' }).map((m) => `${m.text}→${m.recordId}`);

  it('restates the person named before it, and describes nothing more', () => {
    expect(read('He raised Otto Warmbier, the American student who died last year after his release.')).toEqual(['Otto Warmbier→otto-warmbier']);
    expect(read('Otto Warmbier was mourned. The American student died last year.')).toContainEqual(expect.stringMatching(/→warmbier-death-2017$/));
  });

  it('not after a surname alone, which may be a month ("in May, the …")', () => {
    expect(read('Warmbier was mourned in May, the American student died then.')).toContainEqual(expect.stringMatching(/→warmbier-death-2017$/));
  });
});

describe('a description that runs up to its own event’s name', () => {
  const tankers = resolverFor(
    buildAliasTable('t', [
      record({ id: 'iran', kind: 'place', name: 'Iran' }),
      record({
        id: 'stena-impero-seizure-2019',
        kind: 'event',
        name: 'Seizure of the Stena Impero',
        aliases: ['Stena Impero'],
        start: '2019-07-19',
        cues: { anchors: ['British-flagged tanker'], triggers: ['seized'], with: ['iran'], from: '2019-07-19', to: '2019-12-31' },
      }),
    ]),
  );
  const read = (text: string) => resolveMentions(tankers, text, { publishedDay: '2019-07-25' }).map((m) => `${m.text}→${m.recordId}`);

  it('gives way to the name, which is the mention', () => {
    expect(read('Iran seized the British-flagged tanker Stena Impero.')).toEqual(['Iran→iran', 'Stena Impero→stena-impero-seizure-2019']);
    expect(read('Iran seized the British-flagged tanker in the Gulf.')).toContainEqual(expect.stringMatching(/^seized the British-flagged tanker→stena-impero-seizure-2019$/));
  });
});

describe('a ministry’s short form', () => {
  const ministries = resolverFor(
    buildAliasTable('t', [
      record({ id: 'russian-defence-ministry', kind: 'organisation', name: 'Russian Defence Ministry', aliases: ["Russia's Defence Ministry"] }),
      record({ id: 'russian-foreign-ministry', kind: 'organisation', name: 'Russian Foreign Ministry', aliases: [] }),
      record({ id: 'chinese-foreign-ministry', kind: 'organisation', name: 'Chinese Foreign Ministry', aliases: [] }),
    ]),
  );
  const read = (text: string) => resolveMentions(ministries, text).map((m) => `${m.text}→${m.recordId}`);

  it('means the ministry named in full on the page, in either spelling', () => {
    expect(read("Russia's Defence Ministry said so. The Defense Ministry and the Ministry of Defence added more.")).toEqual([
      "Russia's Defence Ministry→russian-defence-ministry",
      'Defense Ministry→russian-defence-ministry',
      'Ministry of Defence→russian-defence-ministry',
    ]);
    expect(read('The Defence Ministry said so.')).toEqual([]);
  });

  it('goes to the one the page names, of two with the same short form', () => {
    expect(read('The Chinese Foreign Ministry spoke. The Foreign Ministry added more.')).toEqual([
      'Chinese Foreign Ministry→chinese-foreign-ministry',
      'Foreign Ministry→chinese-foreign-ministry',
    ]);
  });

  it('is another’s after another country’s word, or with a country named after it', () => {
    const text = 'The Russian Foreign Ministry spoke; the Japanese Foreign Ministry, Iran’s Foreign Ministry and the Ministry of Foreign Affairs of Iran did not.';
    expect(read(text)).toEqual(['Russian Foreign Ministry→russian-foreign-ministry']);
  });
});
