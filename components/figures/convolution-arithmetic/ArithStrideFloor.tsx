// Why the output-size formula has a floor: i = 6, k = 3, s = 2 fits two windows, and a third would
// need an input that does not exist.

const I = 6;
const K = 3;
const S = 2;
const CELL = 64;
const X0 = 60;

export function ArithStrideFloor() {
  const fitted = Math.floor((I - K) / S) + 1;
  const starts = Array.from({ length: fitted + 1 }, (_, j) => j * S); // the last one does not fit
  const lastRead = (fitted - 1) * S + K - 1;
  const top = 150;
  const cellX = (n: number) => X0 + n * CELL;
  const bracketY = (j: number) => top - 30 - j * 34;
  return (
    <svg viewBox="0 0 680 340" role="img" aria-labelledby="stride-floor-title stride-floor-desc" width="680">
      <title id="stride-floor-title">Why the output size is rounded down</title>
      <desc id="stride-floor-desc">
        Six input cells numbered 0 to 5. Window 1 covers cells 0 to 2, window 2 covers cells 2 to 4. A third window starting
        at cell 4 would need cells 4, 5 and 6, but there is no cell 6, so it is not computed and cell 5 is never read. The
        output size is the floor of 1.5, plus 1, which is 2.
      </desc>
      {Array.from({ length: I + 1 }, (_, n) => {
        const ghost = n === I;
        const unused = n > lastRead && !ghost;
        return (
          <g key={n}>
            <rect
              x={cellX(n)}
              y={top}
              width={CELL}
              height={CELL}
              fill={ghost ? 'none' : unused ? 'var(--bg-soft)' : 'color-mix(in srgb, var(--c-sky) 30%, var(--bg))'}
              stroke={ghost ? 'var(--c-vermillion)' : 'var(--fg-muted)'}
              strokeDasharray={ghost || unused ? '5 4' : undefined}
              strokeWidth={1.5}
            />
            <text x={cellX(n) + CELL / 2} y={top + CELL / 2} textAnchor="middle" dominantBaseline="central" fontSize={20} fill={ghost ? 'var(--c-vermillion)' : 'var(--fg)'}>
              {ghost ? '?' : n}
            </text>
          </g>
        );
      })}
      <text x={cellX(I) + CELL / 2} y={top + CELL + 46} textAnchor="middle" fontSize={15} fill="var(--c-vermillion)">no input 6</text>
      <text x={cellX(I - 1) + CELL / 2} y={top + CELL + 24} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">never read</text>

      {starts.map((start, j) => {
        const fits = j < fitted;
        const color = fits ? 'var(--accent)' : 'var(--c-vermillion)';
        const y = bracketY(j);
        const x1 = cellX(start) + 4;
        const x2 = cellX(start + K) - 4;
        return (
          <g key={start}>
            <path
              d={`M${x1},${y + 12} L${x1},${y} L${x2},${y} L${x2},${y + 12}`}
              fill="none"
              stroke={color}
              strokeWidth={3}
              strokeDasharray={fits ? undefined : '7 5'}
            />
            <text x={fits ? x2 + 10 : x1 - 10} y={y} textAnchor={fits ? 'start' : 'end'} dominantBaseline="central" fontSize={15} fill={color}>
              {fits ? `window ${j + 1}, start ${start}` : `start ${start}: does not fit ✗`}
            </text>
          </g>
        );
      })}

      <text x={340} y={top + CELL + 92} textAnchor="middle" fontSize={18} fill="var(--fg)">
        {`o = ⌊(${I} − ${K}) / ${S}⌋ + 1 = ⌊${(I - K) / S}⌋ + 1 = ${fitted}`}
      </text>
      <text x={340} y={top + CELL + 118} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">
        {`without the floor: (${I} − ${K}) / ${S} + 1 = ${(I - K) / S + 1}`}
      </text>
    </svg>
  );
}
