/**
 * The simple CSS selectors that name content containers, chrome and
 * metadata ("article", "#content", ".entry-content", "[hidden]",
 * "meta[property='og:title']"), compiled once into element tests, so that a
 * page is read in a few walks of its tree instead of one query per selector.
 * They match as css-select matches HTML: names in lower case, values as
 * written.
 */
import type { Element } from "domhandler";

export type ElementTest = (el: Element) => boolean;

/** A tag, and at most one of: #id, .class, [attribute], [attribute=value] (the value bare or quoted). */
const SIMPLE = /^([a-z][a-z0-9]*)?(?:#([\w-]+)|\.([\w-]+)|\[([\w:.-]+)(?:=(?:'([^']*)'|"([^"]*)"|([\w:.-]+)))?\])?$/;

export function compileSelector(selector: string): ElementTest {
  const m = SIMPLE.exec(selector);
  if (!m || selector === "") throw new Error(`not a simple selector: ${selector}`);
  const [, tag, id, className, attribute] = m;
  const value = m[5] ?? m[6] ?? m[7];
  const tests: ElementTest[] = [];
  if (tag) tests.push((el) => el.name === tag);
  if (id) tests.push((el) => el.attribs.id === id);
  if (className) tests.push((el) => el.attribs.class?.split(/[ \t\n\f\r]+/).includes(className) ?? false);
  if (attribute) tests.push((el) => Object.hasOwn(el.attribs, attribute) && (value === undefined || el.attribs[attribute] === value));
  if (tests.length === 1) return tests[0]!;
  const [first, second] = tests as [ElementTest, ElementTest];
  return (el) => first(el) && second(el);
}

/** One test for a list of selectors: an element matches if it matches any. */
export function compileSelectors(selectors: readonly string[]): ElementTest {
  const tests = selectors.map(compileSelector);
  return (el) => {
    for (const test of tests) if (test(el)) return true;
    return false;
  };
}
