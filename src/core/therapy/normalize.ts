/**
 * Text normalisation shared by the lexicon index and the screen, so that a
 * product name in data and a line pasted by a person reduce to the same tokens.
 * "Tylenol w/ Codeine No. 3" -> [tylenol, with, codeine, 3];
 * "Percocet 5/325mg" -> [percocet, 5, 325, mg].
 */

export interface Token {
  readonly text: string;
  /** Strengths, units, dose forms and salts: skipped unless a name spells them. */
  readonly noise: boolean;
  /** Filler words: never fuzzy-matched, skipped between name words. */
  readonly stop: boolean;
}

const NUMBER = /^\d+(?:\.\d+)?$/;

/** Units, dose forms, release abbreviations and salt names that say nothing about the ingredient. */
const NOISE = new Set(
  `mg mcg ug g kg ml l iu unit units hr hrs h hour hours day daily bid tid qid qd qhs prn od bd tds mane nocte
  tab tabs tablet tablets tablette cap caps capsule capsules film films strip strips syrup syrups solution soln oral liquid elixir
  suspension susp linctus mixture drops drop spray nasal patch patches injection inj injectable vial ampoule amp implant
  cream ointment gel lotion lozenge lozenges troche sublingual sl buccal suppository suppositories supp powder sachet sachets
  granules chewable dispersible effervescent odt disintegrating orally soluble solutab
  er xr sr cr la xl mr ir dr ec cd xt ds es hp pm am plus forte max extra strength regular
  extended prolonged modified delayed controlled sustained release immediate retard depot long acting
  hydrochloride hcl sulfate sulphate phosphate bitartrate tartrate citrate acetate sodium potassium maleate mesylate
  besylate succinate fumarate napsylate polistirex tannate bromide hydrobromide monohydrate anhydrous base salt
  transdermal system generic brand otc rx usp bp ph eur nf`.split(/\s+/),
);

/** Words found in medicine lists that must never be "corrected" into a drug name. */
const STOP = new Set(
  `a an the and or of in on at to for from by with without w i im my me am is was be been have has had having
  take takes taking took use used using start started stop stopped stopping after before since until ago last next
  this that these those then now currently current as needed when if per every each once twice times x
  morning night evening bedtime week weeks month months year years today tomorrow yesterday soon planned plan scheduled
  mild severe chronic acute pain relief relieve doctor dr gp prescribed prescription pharmacy pharmacist otc
  about around approx approximately maybe also other some any few more less half quarter one two three four
  left right back front upper lower new old prior previous recent recently due going get getting got
  program programme clinic treatment therapy maintenance dose doses dosage medication medications medicine medicines drug drugs
  not no never denies denied negative none`.split(/\s+/),
);

/** Words that mean "extended release" when they appear in a line. */
export const RELEASE_WORDS: ReadonlySet<string> = new Set(
  'er xr sr cr la xl mr extended prolonged modified controlled sustained retard depot contin continus patch patches'.split(' '),
);

export const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'denies', 'denied', 'negative']);

/** Before a medicine's name ("without codeine", "not taking oxycodone"), these say it is absent. */
export const ABSENT_BEFORE_WORDS: ReadonlySet<string> = new Set([...NEGATION_WORDS, 'without', 'non']);

/** Right after a medicine's name ("codeine-free", "codeine free"), these say it is absent. */
export const ABSENT_AFTER_WORDS: ReadonlySet<string> = new Set(['free']);

/** Lower-case, strip accents, expand "w/", drop "#"/"No." before numbers, split letters from digits. */
export function normalizeText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[µμ]/g, 'u')
    .replace(/['’`]/g, '')
    .replace(/\bw\s*\/\s*o\b/g, ' without ')
    .replace(/\bw\s*\/\s*/g, ' with ')
    .replace(/\bno\.?\s*(?=\d)/g, ' ')
    .replace(/([a-z])(?=\d)|(\d)(?=[a-z])/g, '$1$2 ');
}

export function tokenize(input: string): Token[] {
  const words = normalizeText(input).match(/[a-z]+|\d+(?:\.\d+)?/g) ?? [];
  return words.map((text) => ({
    text,
    noise: NUMBER.test(text) || NOISE.has(text),
    stop: STOP.has(text),
  }));
}

/** Token texts of a name in data, e.g. "Co-codamol 30/500" -> [co, codamol, 30, 500]. */
export function nameTokens(name: string): string[] {
  return tokenize(name).map((t) => t.text);
}

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

export function isNoiseWord(word: string): boolean {
  return NUMBER.test(word) || NOISE.has(word);
}
