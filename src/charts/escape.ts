/**
 * Every text from a CSV is untrusted. ECharts does not escape what a tooltip formatter function returns, so each
 * such string goes through here (the same escaping as echarts.format.encodeHTML, without importing ECharts into
 * option builders that also run in Node).
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
