// Flattening: the 8×8 digit becomes a vector of 64 features, row after row, so pixel (r, c) is
// feature 8r + c. The strip at the bottom is the whole vector; its row boundaries are marked.
import { ArrowMarker } from '../backpropagation/parts';
import { FIRST_DIGIT } from './digit-sample';

const CELL = 34;
const GRID = { x: 50, y: 40 };
const STRIP = { x: 20, y: 370, cell: 10, height: 40 };

// Ink on the page background: the pixel value sets the opacity of the text colour, so the image
// reads correctly in light and dark themes.
const ink = (v: number): number => v / 16;

export function DigitFlattening() {
  const { pixels, label } = FIRST_DIGIT;
  return (
    <svg viewBox="0 0 680 460" width={680} height={460} role="img" aria-labelledby="fl-title fl-desc">
      <title id="fl-title">Flattening an 8 by 8 digit into 64 features</title>
      <desc id="fl-desc">
        {`The first image of the digits data set, a handwritten ${label}, as an 8 by 8 grid of values from 0 to 16. `}
        Its rows are laid end to end into one vector of 64 features: row 0 becomes features 0 to 7, row 1 features 8 to 15,
        and so on, so pixel (r, c) becomes feature 8r + c.
      </desc>
      <defs>
        <ArrowMarker id="fl-arrow" color="var(--fg)" />
      </defs>
      {pixels.map((v, i) => {
        const r = Math.floor(i / 8);
        const c = i % 8;
        return (
          <g key={i}>
            <rect x={GRID.x + c * CELL} y={GRID.y + r * CELL} width={CELL} height={CELL} fill="var(--bg)" stroke="var(--border)" />
            <rect x={GRID.x + c * CELL} y={GRID.y + r * CELL} width={CELL} height={CELL} fill="var(--fg)" fillOpacity={ink(v) * 0.85} />
            <text
              x={GRID.x + c * CELL + CELL / 2}
              y={GRID.y + r * CELL + CELL / 2}
              dy="0.35em"
              textAnchor="middle"
              fontSize={17}
              fill={v > 8 ? 'var(--bg)' : 'var(--fg)'}
            >
              {v}
            </text>
          </g>
        );
      })}
      {Array.from({ length: 8 }, (_, r) => (
        <text key={r} x={GRID.x - 10} y={GRID.y + r * CELL + CELL / 2} dy="0.35em" textAnchor="end" fontSize={17} fill="var(--fg-muted)">
          {r}
        </text>
      ))}
      <text x={GRID.x + 4 * CELL} y={GRID.y - 12} textAnchor="middle" fontSize={20} fill="var(--fg)">
        {`8 × 8 image (label ${label}), values 0–16`}
      </text>
      <g fontSize={20} fill="var(--fg)">
        <text x={375} y={80}>row 0 → features 0 … 7</text>
        <text x={375} y={112}>row 1 → features 8 … 15</text>
        <text x={375} y={144}>row 2 → features 16 … 23</text>
        <text x={375} y={176}>⋮</text>
        <text x={375} y={208}>row 7 → features 56 … 63</text>
        <text x={375} y={262}>pixel (r, c) → 8r + c</text>
      </g>
      <line x1={340} x2={340} y1={320} y2={358} stroke="var(--fg)" strokeWidth={2} markerEnd="url(#fl-arrow)" />
      <text x={352} y={344} fontSize={20} fill="var(--fg)">
        flatten: x ∈ ℝ⁶⁴
      </text>
      {pixels.map((v, i) => (
        <rect
          key={i}
          x={STRIP.x + i * STRIP.cell}
          y={STRIP.y}
          width={STRIP.cell}
          height={STRIP.height}
          fill="var(--fg)"
          fillOpacity={ink(v) * 0.85}
          stroke="var(--border)"
          strokeWidth={0.5}
        />
      ))}
      {Array.from({ length: 9 }, (_, k) => (
        <g key={k}>
          <line x1={STRIP.x + k * 8 * STRIP.cell} x2={STRIP.x + k * 8 * STRIP.cell} y1={STRIP.y - 6} y2={STRIP.y + STRIP.height + 6} stroke="var(--c-vermillion)" strokeWidth={2} />
          <text x={STRIP.x + k * 8 * STRIP.cell} y={STRIP.y + STRIP.height + 26} textAnchor="middle" fontSize={17} fill="var(--fg-muted)">
            {k * 8}
          </text>
        </g>
      ))}
    </svg>
  );
}
