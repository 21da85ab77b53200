/**
 * The briefing's optional pages (?pages=costs,similar in the app, --pages costs,similar on the command line): the
 * strategy office's analyses, each one A4 page after the standard ones, in this order whatever order they were named.
 */
export const OPTIONAL_PAGES = ['costs', 'changes', 'similar', 'quality'] as const;
export type OptionalPage = (typeof OPTIONAL_PAGES)[number];

export const OPTIONAL_PAGE_LABELS: Record<OptionalPage, { ja: string; en: string }> = {
  costs: { ja: 'コスト', en: 'Cost' },
  changes: { ja: '前年度からの変化', en: 'Changes since last year' },
  similar: { ja: '類似事業（統廃合候補）', en: 'Similar programs' },
  quality: { ja: 'シートの質', en: 'Sheet quality' },
};

const isOptional = (v: string): v is OptionalPage => (OPTIONAL_PAGES as readonly string[]).includes(v);

/** 'similar,costs,x' → ['costs', 'similar']: known names only, once each, in OPTIONAL_PAGES order. */
export function parseOptionalPages(text: string | null | undefined): OptionalPage[] {
  const named = new Set((text ?? '').split(',').map((s) => s.trim()).filter(isOptional));
  return OPTIONAL_PAGES.filter((p) => named.has(p));
}

/** The unknown names in a --pages value, for the command line to refuse. */
export function unknownOptionalPages(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter((s) => s !== '' && !isOptional(s));
}

/** The URL value of a set of pages (null for none, so the address stays short). */
export function optionalPagesParam(pages: readonly OptionalPage[]): string | null {
  return pages.length ? OPTIONAL_PAGES.filter((p) => pages.includes(p)).join(',') : null;
}
