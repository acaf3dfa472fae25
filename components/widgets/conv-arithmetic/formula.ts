// The output-size formula with the reader's numbers substituted (as TeX), and the floor in words.
import type { AxisOk, AxisParams, Mode } from './model';

const n = (v: number) => (v < 0 ? `(${v})` : String(v));

/** "o = ⌊(i + 2p − d(k − 1) − 1)/s⌋ + 1 = ⌊(7 + 2·1 − 1·(3 − 1) − 1)/2⌋ + 1 = ⌊6/2⌋ + 1 = 4", as aligned TeX lines. */
export function formulaTex(params: AxisParams, out: AxisOk, mode: Mode, ceilMode: boolean, symbol = 'o'): string {
  const { i, k, p, s, d } = params;
  const ceil = mode === 'pool' && ceilMode;
  const [open, close] = ceil ? ['\\left\\lceil', '\\right\\rceil'] : ['\\left\\lfloor', '\\right\\rfloor'];
  const [o2, c2] = ceil ? ['\\lceil', '\\rceil'] : ['\\lfloor', '\\rfloor'];
  const general =
    mode === 'conv' ? `\\frac{i + 2p - d(k - 1) - 1}{s}` : `\\frac{i + 2p - k}{s}`;
  const substituted =
    mode === 'conv' ? `\\frac{${i} + 2\\cdot ${n(p)} - ${n(d)}\\cdot(${k} - 1) - 1}{${s}}` : `\\frac{${i} + 2\\cdot ${n(p)} - ${k}}{${s}}`;
  const quotient = out.room / s;
  const rounded = ceil ? Math.ceil(quotient) : Math.floor(quotient);
  // PyTorch's ceil-mode rule can drop a last window that would start in the padding.
  const result = rounded + 1 === out.o ? `${out.o}` : `${rounded + 1} - 1 = ${out.o}`;
  // One step per line, so the formula fits a phone and a projector alike.
  return [
    `\\begin{aligned} ${symbol} &= ${open} ${general} ${close} + 1`,
    `&= ${open} ${substituted} ${close} + 1`,
    `&= ${o2} ${out.room}/${s} ${c2} + 1 = ${rounded} + 1 = ${result} \\end{aligned}`,
  ].join(' \\\\ ');
}

/** What the floor (or the ceiling) does for these numbers, in a sentence or two. */
const LINES = {
  rows: ['row', 'rows'],
  columns: ['column', 'columns'],
  both: ['row and column', 'rows and columns'],
} as const;

export function floorInWords(params: AxisParams, out: AxisOk, mode: Mode, ceilMode: boolean, lines: keyof typeof LINES = 'rows'): string {
  const { s } = params;
  const quotient = out.room / s;
  const q = Number(quotient.toFixed(3));
  // A stride longer than the window leaves gaps between windows, floor or not.
  const gap = s - out.span;
  const gaps =
    gap > 0 && out.o > 1
      ? ` The stride is longer than the window (s = ${s} > k̂ = ${out.span}), so the ${gap === 1 ? '' : `${gap} `}${LINES[lines][gap === 1 ? 0 : 1]} between two windows ${gap === 1 && lines !== 'both' ? 'is' : 'are'} skipped too (hatched).`
      : '';
  return words() + gaps;

  function words(): string {
    if (out.room % s === 0) {
      return s === 1
        ? `With stride 1 the window visits every position, so the floor changes nothing: ${out.room} + 1 = ${out.o} positions.`
        : `${out.room}/${s} = ${q} is whole: the last window ends exactly on the last padded cell, and the floor changes nothing.`;
    }
    const full = Math.floor(quotient);
    const missing = s - (out.room % s);
    if (mode === 'pool' && ceilMode) {
      const dropped = Math.ceil(quotient) + 1 !== out.o;
      return (
        `${out.room}/${s} = ${q} is not whole. Ceil mode rounds it up to ${Math.ceil(quotient)}: it keeps a last, partial window that hangs ${missing} cell${missing === 1 ? '' : 's'} over the end and pools only the cells it covers.` +
        (dropped ? ` That window would start in the padding and hold no real entry, so it is dropped again (PyTorch's rule).` : '')
      );
    }
    return (
      `${out.room}/${s} = ${q} is not whole: after ${full} stride${full === 1 ? '' : 's'} the next window would need ${missing} more cell${missing === 1 ? '' : 's'} than the padded input has. ` +
      `The floor drops that partial step, so the last ${out.leftover === 1 ? '' : `${out.leftover} `}padded ${LINES[lines][out.leftover === 1 ? 0 : 1]} ${out.leftover === 1 && lines !== 'both' ? 'is' : 'are'} never read (hatched).`
    );
  }
}
