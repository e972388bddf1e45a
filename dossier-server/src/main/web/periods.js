// Calendar periods of a timeline: every month or ISO week from the first bucket to the last, empty ones included,
// so a chart's axis is real time (a 2011 bucket is not drawn next to a 2025 one).

const DAY = 86400000;

function utc(dayString) {
  return new Date(Date.parse(dayString + 'T00:00:00Z'));
}

function iso(date) {
  return date.toISOString().slice(0, 10);
}

/** The ISO week label of a Monday: "2025-W11". */
export function weekLabel(monday) {
  const thursday = new Date(monday.getTime() + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The start of the period after the one starting at {@code start}. */
export function nextStart(start, by) {
  const d = utc(start);
  if (by === 'WEEK') return iso(new Date(d.getTime() + 7 * DAY));
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
}

/** Every period from the first bucket's to the last's, those without a bucket with zero counts. */
export function allPeriods(buckets, by) {
  if (!buckets.length) return [];
  const known = new Map(buckets.map(b => [b.start, b]));
  const last = buckets[buckets.length - 1].start;
  const out = [];
  for (let start = buckets[0].start; start <= last; start = nextStart(start, by)) {
    const d = utc(start);
    const label = by === 'WEEK' ? weekLabel(d) : start.slice(0, 7);
    out.push(known.get(start) || {period: label, start, statements: 0, events: 0});
  }
  return out;
}

/** Seconds since the epoch of a day, as uPlot's time scale counts. */
export function seconds(dayString) {
  return utc(dayString).getTime() / 1000;
}
