// Word-level helpers shared by parsing and scoring: normalised tokens and a light stemmer.

const STOP = new Set(
  'a an and are as at be by for from has have in into is it its of on or our the their to with will your you we this that these those who which while using use used able ability strong excellent good great solid sound deep proven knowledge skill skills experience experienced expertise expert proficiency proficient familiarity familiar understanding including include etc e.g i.e across within other various well highly must should can required plus preferred years year least minimum demonstrated working work job role candidate important mandatory essential demanded needed necessary desired ideal ideally particularly especially relevant related hands-on in-depth thorough extensive significant basic advanced exceptional effective efficient superior competent skilled adept capable capacity level high highly'.split(
    ' ',
  ),
);

export function normalize(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9+#.\s]/g, ' ')
    .replace(/\.(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const SUFFIXES: Array<[string, string]> = [
  ['ational', 'ate'],
  ['ization', 'ize'],
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['ments', ''],
  ['ment', ''],
  ['ness', ''],
  ['ities', ''],
  ['ity', ''],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ery', ''],
  ['ers', ''],
  ['ors', ''],
  ['er', ''],
  ['or', ''],
  ['ed', ''],
  ['es', ''],
  ['ly', ''],
  ['al', ''],
  ['ic', ''],
  ['s', ''],
  ['e', ''],
];

const stemCache = new Map<string, string>();

/** A light suffix stripper: consistent rather than linguistically exact. */
export function stem(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  let w = word;
  // Short plurals ("SQLs", "APIs") lose their s too.
  if (w.length === 4 && /^[a-z]{3}s$/.test(w) && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, 3);
  else if (w.length > 4 && /^[a-z]+$/.test(w)) {
    for (const [suf, rep] of SUFFIXES) {
      if (w.endsWith(suf) && w.length - suf.length >= 3) {
        w = w.slice(0, w.length - suf.length) + rep;
        break;
      }
    }
  }
  // Cutting to six letters joins word families the suffix list misses (analyst, analysis).
  if (w.length > 6 && /^[a-z]+$/.test(w)) w = w.slice(0, 6);
  if (stemCache.size < 50_000) stemCache.set(word, w);
  return w;
}

export function tokens(s: string): string[] {
  return normalize(s).split(' ').filter(Boolean);
}

let stopStems: Set<string> | null = null;

/** Stemmed content words (stop words and filler such as "skills", "abilities" removed). */
export function keyTerms(s: string): string[] {
  stopStems ??= new Set([...STOP].map(stem));
  const stops = stopStems;
  return tokens(s)
    .filter((t) => !STOP.has(t) && !/^\d+$/.test(t) && t.length > 1)
    .map(stem)
    .filter((t) => !stops.has(t));
}
