/**
 * Folding: every spelling a reader might type of a word becomes one key, so that the index and
 * the query meet. Cyrillic (Russian and Kazakh), Kazakh Latin (2017–2021 alphabets) and the usual
 * Russian transliterations all fold to one Latin skeleton:
 *
 * - case, ё/е and diacritics are dropped (Qazaqstan, Qazaqstan, QAZAQSTAN);
 * - Kazakh letters fold with their Russian neighbours (қ к → k, ғ г → g, ә а → a, ө о → o,
 *   ұ ү у → u, і и → i, ң н → n, һ х → h), so either spelling finds the other;
 * - Cyrillic becomes Latin, and the spellings transliterations disagree on are merged
 *   (kh/h/x-as-х, zh/j, ts/c, y/i, q/k, w/v, ş/sh, ç/ch): "integratsiya" and «интеграция»
 *   both fold to "integraciia", "Qazaqstan" and «Қазақстан» to "kazakstan".
 *
 * What is left to Fuse is what folding cannot decide: typos, and the gap between related words.
 */

const cyrillicToLatin: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ж: "j",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "h",
  ц: "c",
  ч: "ch",
  ш: "sh",
  щ: "sh",
  ъ: "",
  ы: "i",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
  // Kazakh letters, each with the letter of its Russian neighbour.
  ә: "a",
  ғ: "g",
  қ: "k",
  ң: "n",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  і: "i",
  // Ukrainian and Belarusian letters seen in names.
  є: "e",
  ї: "i",
  ў: "u",
  ґ: "g",
};

/** Latin letters whose decomposition would lose a sound a transliteration spells out. */
const latinBeforeDecomposition: Record<string, string> = {
  ş: "sh",
  ç: "ch",
  ı: "i",
  ß: "ss",
  æ: "ae",
  ø: "o",
  œ: "oe",
};

/**
 * Latin spellings of one sound, merged in one pass, longest first (so that "kazkhstan" becomes
 * "kazhstan", not "kajstan"). `x` is "ks" in English and Russian borrowings (export, экспорт);
 * English -tion is Russian and Kazakh -ция, so "integration" and «интеграция» end up two letters
 * apart.
 */
const latinMerges: Record<string, string> = {
  shch: "sh",
  tion: "cion",
  kh: "h",
  zh: "j",
  ts: "c",
  x: "ks",
  q: "k",
  w: "v",
  y: "i",
};
const latinMergePattern = new RegExp(Object.keys(latinMerges).join("|"), "g");

const combiningMarks = /\p{M}+/gu;
const possessive = /['’ʼ]s$/u;
const apostrophes = /['’ʼ`]/gu;

/** Folded keys of words seen, so that a word is folded once (texts repeat their words). */
const folded = new Map<string, string>();
const maxRemembered = 200_000;

/** The folded key of one word: lower case, Latin skeleton, no marks. */
export function foldWord(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    if (folded.size >= maxRemembered) folded.clear();
    key = foldFresh(word);
    folded.set(word, key);
  }
  return key;
}

function foldFresh(word: string): string {
  let s = word.toLowerCase().replace(possessive, "");
  s = s.replace(/[şçıßæøœ]/g, (c) => latinBeforeDecomposition[c] ?? c);
  // NFKD splits ё into е + diaeresis and й into и + breve; both fold to their base letter.
  s = s.normalize("NFKD").replace(combiningMarks, "").replace(apostrophes, "");
  // A Latin c that sounds as k (before a, o, u, a consonant or at the end) is written k, as
  // Cyrillic writes it: "corruption" and «коррупция» then begin alike. Before e, i, y it stays c
  // (ц), and "ch" is ч; the c's that Cyrillic and the merges below write are not touched.
  s = s.replace(/c(?![eiyh])/g, "k");
  let out = "";
  for (const c of s) out += cyrillicToLatin[c] ?? c;
  return out.replace(latinMergePattern, (spelling) => latinMerges[spelling] ?? spelling);
}

/** A word of a text, with where it is, so that a match can be highlighted in place. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Its folded key. */
  key: string;
  /** Offset of its first UTF-16 unit in the text. */
  start: number;
  /** Offset just past its last unit. */
  end: number;
}

/**
 * Words are runs of letters and digits; an apostrophe inside a word (Kyrgyzstan's, Qazaq'stan)
 * belongs to it; hyphens and all other signs separate words (кезең-кезеңмен is two words).
 */
export const wordPattern = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

/** Every word of `text` with its folded key, in order. Words that fold to nothing are skipped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const key = foldWord(match[0]);
    if (key !== "") tokens.push({ text: match[0], key, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The folded keys of `text`, in order (what the index stores and the query looks up). */
export const foldText = (text: string): string[] => tokenize(text).map((t) => t.key);

/**
 * Folded keys as one string, and back: a key is letters and digits, so a space parts them. A
 * text's thousands of keys then cross between threads as one string, not thousands.
 */
export const joinWords = (keys: readonly string[]): string => keys.join(" ");
export const splitWords = (joined: string): string[] => (joined === "" ? [] : joined.split(" "));

/**
 * The Russian ЙЦУКЕН layout, key by key, over the US QWERTY one. A word typed with the wrong
 * layout switched on comes out as the other row's letters: "лфяфлрыефт" is "kazakhstan".
 */
const qwerty = "`qwertyuiop[]asdfghjkl;'zxcvbnm,.";
const jcuken = "ёйцукенгшщзхъфывапролджэячсмитьбю";
const toLatinKey = new Map([...jcuken].map((c, i) => [c, qwerty[i] ?? c]));
const toCyrillicKey = new Map([...qwerty].map((c, i) => [c, jcuken[i] ?? c]));

const letterRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/**
 * The letters around `letter` on a QWERTY keyboard (its row, and the touching keys of the rows
 * above and below, each row set half a key to the right of the one above): what a finger that
 * slipped typed instead. Empty for anything but a Latin letter (folded keys are Latin).
 */
export function keyboardNeighbours(letter: string): string[] {
  const row = letterRows.findIndex((r) => r.includes(letter));
  if (letter.length !== 1 || row < 0) return [];
  const at = (letterRows[row] as string).indexOf(letter);
  const around: [number, number][] = [
    [row, at - 1],
    [row, at + 1],
    [row - 1, at],
    [row - 1, at + 1],
    [row + 1, at - 1],
    [row + 1, at],
  ];
  return around.flatMap(([r, i]) => letterRows[r]?.[i] ?? []);
}

/**
 * The word as it would have come out with the other keyboard layout, or undefined when some
 * character has no counterpart (then the word was not typed on the wrong layout).
 */
export function otherLayout(word: string): string | undefined {
  const lower = word.toLowerCase();
  const first = lower[0];
  if (first === undefined) return undefined;
  const map = toLatinKey.has(first) ? toLatinKey : toCyrillicKey.has(first) ? toCyrillicKey : undefined;
  if (!map) return undefined;
  let out = "";
  for (const c of lower) {
    const swapped = map.get(c);
    if (swapped === undefined) return undefined;
    out += swapped;
  }
  return out;
}

/**
 * A query's words: runs of letters, digits and the signs that sit on letter keys of the other
 * layout (`[];',.`), so that "rfpf[cnfy" (казахстан typed on QWERTY) stays one run. Everything else
 * (spaces, other signs, control characters) separates runs.
 */
const queryRunPattern = /[\p{L}\p{N}`[\];',.’ʼ]*[\p{L}\p{N}][\p{L}\p{N}`[\];',.’ʼ]*/gu;

/** One run of a query, read two ways: as typed, and as if typed on the other keyboard layout. */
export interface QueryRun {
  /** The run as typed. */
  text: string;
  /** Folded keys of the words of the run as typed (punctuation splits it into words). */
  keys: string[];
  /** Folded key of the run read through the other layout, when that reading is one word. */
  swapped?: string | undefined;
}

/** The runs of a query, each with its words folded and its other-layout reading. */
export function queryRuns(query: string): QueryRun[] {
  const runs: QueryRun[] = [];
  for (const match of query.matchAll(queryRunPattern)) {
    const text = match[0];
    const keys = foldText(text);
    const other = otherLayout(text);
    const swappedKeys = other === undefined ? [] : foldText(other);
    const swapped = swappedKeys.length === 1 && swappedKeys[0] !== keys.join("") ? swappedKeys[0] : undefined;
    if (keys.length > 0 || swapped !== undefined) runs.push({ text, keys, swapped });
  }
  return runs;
}
