import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { DelinquencyBucket } from './api';
import { decimalToNumber } from './decimal';
import type { TodaysCollections } from './totals';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const palette = ['#2563eb', '#16a34a', '#d97706', '#db2777', '#7c3aed', '#0891b2'];
const colour = (index: number) => palette[index % palette.length];

/** One bar chart; `update` replaces its labels and datasets (one dataset per currency). */
function barChart(canvas: HTMLCanvasElement, title: string) {
  const chart = new Chart<'bar', number[], string>(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [] },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { title: { display: false, text: title }, legend: { position: 'bottom' } },
      scales: { y: { beginAtZero: true } },
    },
  });
  return (labels: string[], series: Map<string, number[]>) => {
    chart.data.labels = labels;
    chart.data.datasets = [...series].map(([currency, data], index) => ({
      label: currency,
      data,
      backgroundColor: colour(index),
    }));
    chart.update();
  };
}

/** Today's collected amount per hour (local time), a bar per currency. */
export function hourlyChart(canvas: HTMLCanvasElement) {
  const draw = barChart(canvas, 'Collected today by hour');
  return (day: TodaysCollections) => {
    const hours = Array.from({ length: 24 }, (_, hour) => new Date(day.from.getTime() + hour * 3_600_000));
    const currencies = new Set([...day.byHour.values()].flatMap((byCurrency) => [...byCurrency.keys()]));
    const series = new Map(
      [...currencies]
        .sort()
        .map((currency) => [
          currency,
          hours.map((hour) =>
            decimalToNumber(day.byHour.get(hour.toISOString())?.get(currency)?.amount ?? '0'),
          ),
        ]),
    );
    draw(
      hours.map((hour) => `${String(hour.getHours()).padStart(2, '0')}:00`),
      series,
    );
  };
}

/** Outstanding of open loans per delinquency bucket, a bar per currency. */
export function bucketChart(canvas: HTMLCanvasElement) {
  const draw = barChart(canvas, 'Portfolio by delinquency bucket');
  return (buckets: readonly DelinquencyBucket[]) => {
    const currencies = [
      ...new Set(buckets.flatMap((bucket) => bucket.outstanding.map((o) => o.currency))),
    ].sort();
    const series = new Map(
      currencies.map((currency) => [
        currency,
        buckets.map((bucket) =>
          decimalToNumber(bucket.outstanding.find((o) => o.currency === currency)?.amount ?? '0'),
        ),
      ]),
    );
    draw(
      buckets.map((bucket) => `${bucket.label} (${bucket.loanCount})`),
      series,
    );
  };
}
