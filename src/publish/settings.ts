/**
 * The publication setting 公開版の設定 (docs/publication.md): who publishes, under which licence, and which internal
 * content — by default none — may appear in the public edition. Pure: read from a JSON file by the command line,
 * from defaults in the app.
 */
export interface PublishSettings {
  /** 自治体名. null: taken from the data when it has a municipality column, else a placeholder */
  municipality: string | null;
  /** fiscal year to publish; null: the latest year in the data */
  year: number | null;
  licence: { name: string; url: string | null };
  /** internal-only content, each left out unless set true */
  include: {
    /** 要注意度 (the underperformance score), its points and reasons, and the 要注意 wording */
    underperformance: boolean;
    /** 自己評価の点検 (an outcome missed while 成果 was left unticked, and the reverse) */
    selfCheck: boolean;
    /** the import's findings (指摘) and quarantined rows */
    findings: boolean;
  };
}

export const DEFAULT_PUBLISH_SETTINGS: PublishSettings = {
  municipality: null,
  year: null,
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.ja' },
  include: { underperformance: false, selfCheck: false, findings: false },
};

/** A settings file (JSON) over the defaults; unknown keys and wrong types are refused with a message. */
export function readPublishSettings(json: unknown): PublishSettings {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('公開版の設定は JSON のオブジェクトで書いてください');
  const o = json as Record<string, unknown>;
  const known = new Set(['municipality', 'year', 'licence', 'include']);
  for (const k of Object.keys(o)) if (!known.has(k)) throw new Error(`公開版の設定に不明な項目があります: ${k}`);
  const out: PublishSettings = structuredClone(DEFAULT_PUBLISH_SETTINGS);
  if (o.municipality !== undefined) out.municipality = optionalString(o.municipality, 'municipality');
  if (o.year !== undefined && o.year !== null) {
    if (!Number.isInteger(o.year)) throw new Error('year は西暦の年度（整数）で書いてください');
    out.year = o.year as number;
  }
  if (o.licence !== undefined) {
    const l = o.licence as Record<string, unknown>;
    if (typeof l !== 'object' || l === null || typeof l.name !== 'string' || !l.name.trim()) throw new Error('licence は { "name": "CC BY 4.0", "url": "…" } の形で書いてください');
    out.licence = { name: l.name.trim(), url: optionalString(l.url ?? null, 'licence.url') };
  }
  if (o.include !== undefined) {
    const inc = o.include as Record<string, unknown>;
    for (const k of Object.keys(inc)) {
      if (!(k in out.include)) throw new Error(`include に不明な項目があります: ${k}`);
      if (typeof inc[k] !== 'boolean') throw new Error(`include.${k} は true か false で書いてください`);
      out.include[k as keyof PublishSettings['include']] = inc[k] as boolean;
    }
  }
  return out;
}

function optionalString(v: unknown, name: string): string | null {
  if (v === null) return null;
  if (typeof v !== 'string') throw new Error(`${name} は文字列で書いてください`);
  return v.trim() || null;
}
