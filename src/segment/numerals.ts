/** Numbers as headings write them: digits, Roman numerals ("IV") and spelled-out words ("Five"). */

const NUMBER_WORDS = [
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
];

const ROMAN = /^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** A pattern source for one numeral of any of the three kinds (validated by parseNumeral). */
export const NUMERAL = String.raw`\d{1,3}|[ivxlcdm]{1,8}|${NUMBER_WORDS.join("|")}`;

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!]!;
    const next = ROMAN_VALUES[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The value of a numeral, or null when the token is none (a Roman numeral must be well formed). */
export function parseNumeral(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  const word = NUMBER_WORDS.indexOf(token.toLowerCase());
  if (word >= 0) return word + 1;
  const upper = token.toUpperCase();
  // Roman numerals are written in one case: "IV" or "iv", never "Iv".
  if (token !== upper && token !== token.toLowerCase()) return null;
  return ROMAN.test(upper) ? romanValue(upper) : null;
}
