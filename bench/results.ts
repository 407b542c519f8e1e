// Appends benchmark figures to bench/results.json and prints them as a table.
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly rows: number | null;
}

const FILE = join(__dirname, '..', '..', 'bench', 'results.json');

export function record(figures: readonly Figure[]): void {
  const at = new Date().toISOString();
  const previous: unknown = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : [];
  const list = Array.isArray(previous) ? previous : [];
  const rounded = figures.map((f) => ({ ...f, value: Math.round(f.value * 1000) / 1000, at }));
  writeFileSync(FILE, `${JSON.stringify([...list, ...rounded], null, 2)}\n`);
  for (const f of rounded) {
    console.log(
      `${f.name.padEnd(32)} ${String(f.rows ?? '').padStart(7)} rows  ${String(f.value).padStart(12)} ${f.unit}`,
    );
  }
}
