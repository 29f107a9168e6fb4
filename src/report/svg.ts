/** Small inline SVG charts for the HTML report: no scripts, no network, readable without colour. */

/** Escapes text for HTML and SVG. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One bar: its label, value and the text shown beside it. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly note?: string;
}

/** A vertical bar chart (a histogram), labels under the bars. */
export function columnChart(bars: readonly Bar[], title: string, width = 640, height = 240): string {
  const left = 44;
  const bottom = 46;
  const top = 16;
  const plotW = width - left - 8;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = plotW / Math.max(1, bars.length);
  const barW = Math.max(4, step * 0.72);
  const ticks = niceTicks(max);
  const scaleMax = ticks[ticks.length - 1] ?? max;
  const parts: string[] = [];
  for (const t of ticks) {
    const y = top + plotH - (t / scaleMax) * plotH;
    parts.push(
      `<line x1="${left}" x2="${width - 8}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" class="grid"/>`,
    );
    parts.push(
      `<text x="${left - 6}" y="${(y + 4).toFixed(1)}" class="tick" text-anchor="end">${t.toLocaleString('en')}</text>`,
    );
  }
  bars.forEach((b, i) => {
    const h = (b.value / scaleMax) * plotH;
    const x = left + i * step + (step - barW) / 2;
    const y = top + plotH - h;
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" rx="2" class="bar"><title>${escapeHtml(`${b.label}: ${b.value.toLocaleString('en')}`)}</title></rect>`,
    );
    if (b.value > 0)
      parts.push(
        `<text x="${(x + barW / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" class="value" text-anchor="middle">${b.value.toLocaleString('en')}</text>`,
      );
    parts.push(
      `<text x="${(x + barW / 2).toFixed(1)}" y="${height - bottom + 16}" class="label" text-anchor="end" transform="rotate(-35 ${(x + barW / 2).toFixed(1)} ${height - bottom + 16})">${escapeHtml(b.label)}</text>`,
    );
  });
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}" class="chart">${parts.join('')}</svg>`;
}

/** A horizontal bar chart, one row per bar, labels on the left. */
export function barChart(bars: readonly Bar[], title: string, width = 640): string {
  const row = 26;
  const labelW = Math.min(240, Math.max(80, ...bars.map((b) => b.label.length * 7.2 + 12)));
  const noteW = 110;
  const height = Math.max(row, bars.length * row) + 8;
  const plotW = width - labelW - noteW;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const parts: string[] = [];
  bars.forEach((b, i) => {
    const y = 4 + i * row;
    const w = Math.max(b.value > 0 ? 2 : 0, (b.value / max) * plotW);
    const label = b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label;
    parts.push(
      `<text x="${labelW - 8}" y="${y + 16}" class="label" text-anchor="end">${escapeHtml(label)}<title>${escapeHtml(b.label)}</title></text>`,
    );
    parts.push(
      `<rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${row - 8}" rx="3" class="bar"/>`,
    );
    parts.push(
      `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 16}" class="value">${escapeHtml(b.note ?? b.value.toLocaleString('en'))}</text>`,
    );
  });
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}" class="chart">${parts.join('')}</svg>`;
}

/** Round tick values from 0 to at least `max`. */
export function niceTicks(max: number): number[] {
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(Math.max(1, raw)));
  const unit = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? power * 10;
  const step = Math.max(1, unit);
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) ticks.push(t);
  return ticks;
}
