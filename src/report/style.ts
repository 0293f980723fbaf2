/**
 * The look of report pages: displaCy's palette (spaCy's entity visualizer)
 * mapped onto govfacts' mark categories, and the page's stylesheet. Pages
 * carry it inline, so that one file is the whole page.
 */
import type { MarkCategory } from "./marks.ts";

/** Background per category: displaCy's colors for ORG, PERSON, NORP, PRODUCT, LAW, GPE, MONEY, DATE. */
export const CATEGORY_COLORS: Record<MarkCategory, string> = {
  agency: "#7aecec",
  person: "#aa9cfc",
  organization: "#ffeb80",
  program: "#bfeeb7",
  law: "#ff8197",
  place: "#feca74",
  amount: "#e4e7d2",
  date: "#bfe1d9",
};

const categoryRules = Object.entries(CATEGORY_COLORS)
  .map(([category, color]) => `.m-${category} { --mark: ${color}; }`)
  .join("\n");

export const STYLESHEET = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff; }
body { margin: 0; }
header { padding: 1.2rem 2rem .8rem; border-bottom: 1px solid #d0d7de; background: #f6f8fa; }
header h1 { margin: 0 0 .3rem; font-size: 1.45rem; line-height: 1.3; }
.meta { margin: 0 0 .6rem; color: #59636e; font-size: .85rem; overflow-wrap: anywhere; }
.meta .hidden { color: #9a6700; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem .8rem; margin: 0; padding: 0; list-style: none; font-size: .8rem; }
.legend li { display: flex; align-items: center; gap: .3rem; }
.legend .none { opacity: .45; }
.chip { display: inline-block; padding: .05rem .45rem; border-radius: .35rem; background: var(--mark); font-size: .72rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 21rem; gap: 2rem; padding: 1rem 2rem 3rem; }
main { max-width: 56rem; line-height: 2.3; font-size: 1rem; }
main h2 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; line-height: 2.2; }
main h3 { font-size: 1rem; margin: 1.2rem 0 .2rem; line-height: 2.2; color: #424a53; }
main p, main li { margin: .3rem 0; }
main ul { padding-left: 1.4rem; }
main .summary { font-style: italic; }
aside { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; font-size: .85rem; }
aside h2 { font-size: .95rem; margin: 0 0 .5rem; }
aside table { width: 100%; border-collapse: collapse; }
aside th, aside td { text-align: left; vertical-align: top; padding: .3rem .35rem; border-bottom: 1px solid #eaeef2; }
aside td.count, aside th.count { text-align: right; font-variant-numeric: tabular-nums; }
aside code { color: #59636e; font-size: .72rem; overflow-wrap: anywhere; }
aside a { color: inherit; }
.m { position: relative; padding: .2em .35em; margin: 0 .1em; border-radius: .35em; background: var(--mark); line-height: 1; box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: help; color: inherit; }
.m .m { margin: 0; }
/* The pieces of a mark split where it crosses another join up: no padding or rounding at the cut. */
.m[data-split="end"], .m[data-split="middle"] { margin-left: 0; padding-left: 0; border-top-left-radius: 0; border-bottom-left-radius: 0; }
.m[data-split="start"], .m[data-split="middle"] { margin-right: 0; padding-right: 0; border-top-right-radius: 0; border-bottom-right-radius: 0; }
.m[data-label]::after { content: attr(data-label); margin-left: .45em; font-size: .58em; font-weight: 700; text-transform: uppercase; vertical-align: middle; letter-spacing: .03em; }
.m::before { content: attr(data-tip); display: none; position: absolute; left: 0; top: calc(100% + .35em); z-index: 10; min-width: 12rem; max-width: 28rem;
  padding: .45em .65em; border-radius: .35em; background: #24292f; color: #fff; font-size: .78rem; font-weight: 400; font-style: normal;
  line-height: 1.45; white-space: pre-wrap; box-shadow: 0 3px 10px rgba(0, 0, 0, .25); pointer-events: none; }
.m:hover::before, .m:focus::before { display: block; }
/* Only the innermost mark under the pointer shows its details. */
.m:has(.m:hover)::before, .m:has(.m:focus)::before { display: none; }
.m:focus { outline: 2px solid #0969da; }
${categoryRules}
`;
