import { describe, expect, it } from 'vitest';
import { anchorForms, inflections, lemmas, presentForms, triggerForms } from '../../lib/match/inflect';

describe('lemmas', () => {
  it('undoes regular inflections, restoring a silent e or undoing a doubled consonant', () => {
    expect(lemmas('seized')).toContain('seize');
    expect(lemmas('banned')).toEqual(['ban']);
    expect(lemmas('expelled')).toEqual(['expel']);
    expect(lemmas('pulled')).toEqual(['pull']);
    expect(lemmas('indicted')).toEqual(['indict']);
    expect(lemmas('agreed')).toEqual(['agree']);
    expect(lemmas('denied')).toEqual(['deny']);
    expect(lemmas('talks')).toEqual(['talk']);
    expect(lemmas('meeting')).toEqual(['meet']);
  });

  it('knows irregular and derived forms from its table', () => {
    expect(lemmas('withdrew')).toEqual(['withdraw']);
    expect(lemmas('expulsion')).toEqual(['expel']);
    expect(lemmas('pleas')).toEqual(['plead']);
    expect(lemmas('met')).toEqual(['meet']);
  });
});

describe('inflections', () => {
  it('gives the -s, past and -ing forms', () => {
    expect(inflections('launch')).toEqual(expect.arrayContaining(['launch', 'launches', 'launched', 'launching']));
    expect(inflections('fire')).toEqual(expect.arrayContaining(['fires', 'fired', 'firing']));
    expect(inflections('plead')).toEqual(expect.arrayContaining(['pleaded', 'pled', 'pleading']));
    expect(inflections('ban')).toEqual(expect.arrayContaining(['banned', 'banning']));
    expect(inflections('poison')).not.toContain('poisonned');
  });

  it('leaves out a form that is more often another word, unless a cue writes it', () => {
    expect(triggerForms('left')).toEqual(expect.arrayContaining(['left', 'leave', 'leaving']));
    expect(triggerForms('left')).not.toContain('leaves');
    expect(triggerForms('leaves')).toContain('leaves');
  });
});

describe('triggerForms', () => {
  const has = (trigger: string, ...forms: string[]) => expect(triggerForms(trigger)).toEqual(expect.arrayContaining([trigger, ...forms]));

  it('expands a lone word to its verb and the nouns made from it, whichever form is written', () => {
    has('expelled', 'expel', 'expels', 'expelling', 'expulsion', 'expulsions');
    has('expulsion', 'expelled');
    has('poisoned', 'poison', 'poisoning');
    has('seized', 'seize', 'seizure');
    has('indicted', 'indict', 'indictment', 'indictments');
    has('fired', 'fire', 'firing');
    has('launched', 'launch', 'launching');
    has('withdrew', 'withdraw', 'withdrawn', 'withdrawal');
    has('signed', 'sign', 'signing');
    has('annexed', 'annex', 'annexation');
    has('met', 'meet', 'meeting', 'meetings');
    has('convicted', 'convict', 'conviction');
    has('pleaded', 'plead', 'pled', 'plea');
    has('sanctioned', 'sanction', 'sanctions');
  });

  it('inflects the verb of a phrase, and only the number of a phrase that ends in a noun', () => {
    has('pulled out', 'pull out', 'pulls out', 'pulling out');
    has('found guilty', 'finds guilty', 'finding guilty');
    has('went into service', 'going into service');
    has('test-fired', 'test fire', 'test firing');
    expect(triggerForms('flight test')).toEqual(['flight test', 'flight tests']);
  });

  it('leaves names as written', () => {
    expect(triggerForms('NATO leaders')).toEqual(['NATO leaders', 'NATO leader']);
    expect(triggerForms('Manafort')).toEqual(['Manafort']);
  });
});

describe('anchorForms', () => {
  it('adds the other number of a common noun, and nothing to a name', () => {
    expect(anchorForms('Russian diplomats')).toEqual(['Russian diplomats', 'Russian diplomat']);
    expect(anchorForms('spy')).toEqual(['spy', 'spies']);
    expect(anchorForms('gas')).toEqual(['gas', 'gases']);
    expect(anchorForms('Kerch')).toEqual(['Kerch']);
  });

  it('reads the noun after a hyphen, as folding makes it a word of its own', () => {
    expect(anchorForms('six-month')).toEqual(['six-month', 'six-months']);
    expect(anchorForms('nerve-agent')).toEqual(['nerve-agent', 'nerve-agents']);
  });
});

describe('presentForms', () => {
  it('puts a phrase that opens with a past verb and names its object in the present, as headlines tell events', () => {
    expect(presentForms('fired James Comey')).toEqual(['fires James Comey']);
    expect(presentForms('annexed Crimea')).toEqual(['annexes Crimea']);
    expect(presentForms('hacked the Democratic National Committee')).toEqual(['hacks the Democratic National Committee']);
  });

  it('leaves other phrases alone, to keep the matcher small', () => {
    expect(presentForms('summit in Singapore')).toEqual([]);
    expect(presentForms('ground-launched cruise missile test')).toEqual([]);
    expect(presentForms('stopped')).toEqual([]);
    expect(presentForms('pulled out of the treaty')).toEqual([]);
  });
});
