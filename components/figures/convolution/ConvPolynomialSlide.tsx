// Flip and slide: δ₃ of (1 + 2t + 3t²)(4 + 5t + 6t² + 7t³) as the reversed α row under β.
import { MatrixGrid } from './grid';

const ALPHA = [1, 2, 3];
const BETA = [4, 5, 6, 7];
const J = 3; // the coefficient shown: δ_J = Σ α_i β_(J−i)

const CELL = 56;
const X0 = 150; // left edge of column −2
const colX = (col: number): number => X0 + (col + 2) * (CELL + 4);

export function ConvPolynomialSlide() {
  const product = Array.from({ length: ALPHA.length + BETA.length - 1 }, (_, j) =>
    ALPHA.reduce((s, a, i) => s + a * (BETA[j - i] ?? 0), 0),
  );
  // Reversed α sits under β so that α_i lines up with β_(J−i): α_i at column J − i.
  const aligned = ALPHA.map((a, i) => ({ col: J - i, a, b: BETA[J - i] ?? 0, i }));
  const cols = [-2, -1, 0, 1, 2, 3, 4, 5];
  const rowY = { beta: 34, alpha: 132, prod: 232 };
  return (
    <svg viewBox="0 0 680 360" role="img" aria-labelledby="poly-slide-title poly-slide-desc" width="680">
      <title id="poly-slide-title">Polynomial multiplication as flip and slide</title>
      <desc id="poly-slide-desc">
        The coefficients of s, 4, 5, 6, 7, form the top row, padded with zeros. Below them the coefficients of p are
        written backwards, 3, 2, 1, lined up under 5, 6 and 7. The products 15, 12 and 7 add up to 34, the coefficient
        of t cubed. The full list of product coefficients is 4, 13, 28, 34, 32, 21.
      </desc>
      <text x={16} y={rowY.beta + CELL / 2} dominantBaseline="central" fontSize={16} fill="var(--fg)">β (from s)</text>
      <text x={16} y={rowY.alpha + CELL / 2} dominantBaseline="central" fontSize={16} fill="var(--fg)">α reversed</text>
      <text x={16} y={rowY.prod + 22} dominantBaseline="central" fontSize={16} fill="var(--fg)">products</text>

      {cols.map((col) => {
        const inside = col >= 0 && col < BETA.length;
        return (
          <g key={col}>
            <MatrixGrid
              x={colX(col)}
              y={rowY.beta}
              cell={CELL}
              values={[[inside ? BETA[col] : 0]]}
              fontSize={20}
              style={() => (inside ? { fill: 'var(--bg-soft)' } : { dashed: true, text: 'var(--fg-muted)', fill: 'none' })}
            />
            {inside && (
              <text x={colX(col) + CELL / 2} y={rowY.beta - 10} textAnchor="middle" fontSize={14} fill="var(--fg-muted)">
                β{subscript(col)}
              </text>
            )}
          </g>
        );
      })}

      {aligned.map(({ col, a, i }) => (
        <g key={`a${i}`}>
          <MatrixGrid
            x={colX(col)}
            y={rowY.alpha}
            cell={CELL}
            values={[[a]]}
            fontSize={20}
            style={() => ({ fill: 'var(--note-bg)', stroke: 'var(--accent)', bold: true })}
          />
          <text x={colX(col) + CELL / 2} y={rowY.alpha + CELL + 18} textAnchor="middle" fontSize={14} fill="var(--fg-muted)">
            α{subscript(i)}
          </text>
          <line
            x1={colX(col) + CELL / 2}
            y1={rowY.beta + CELL + 4}
            x2={colX(col) + CELL / 2}
            y2={rowY.alpha - 4}
            stroke="var(--accent)"
            strokeWidth={1.5}
            strokeDasharray="3 3"
          />
        </g>
      ))}

      {aligned.map(({ col, a, b, i }) => (
        <g key={`p${i}`}>
          <text x={colX(col) + CELL / 2} y={rowY.prod} textAnchor="middle" dominantBaseline="central" fontSize={14} fill="var(--fg-muted)">
            {`${b}·${a}`}
          </text>
          <text x={colX(col) + CELL / 2} y={rowY.prod + 22} textAnchor="middle" dominantBaseline="central" fontSize={18} fontWeight={700} fill="var(--fg)">
            {a * b}
          </text>
        </g>
      ))}
      <text x={colX(4) + 6} y={rowY.prod + 22} dominantBaseline="central" fontSize={18} fontWeight={700} fill="var(--fg)">
        {`Σ = δ${subscript(J)} = ${product[J]}`}
      </text>

      <text x={colX(4) + 6} y={rowY.alpha + CELL / 2} dominantBaseline="central" fontSize={15} fill="var(--fg-muted)">
        slide one step →
      </text>
      <text x={colX(4) + 6} y={rowY.alpha + CELL / 2 + 20} dominantBaseline="central" fontSize={15} fill="var(--fg-muted)">
        for the next δ
      </text>

      <text x={16} y={318} dominantBaseline="central" fontSize={16} fill="var(--fg)">δ =</text>
      <MatrixGrid
        x={X0}
        y={292}
        cell={CELL}
        values={[product.map((v) => v)]}
        fontSize={18}
        style={(_r, c) => (c === J ? { fill: 'var(--note-bg)', stroke: 'var(--accent)', bold: true } : {})}
      />
    </svg>
  );
}

function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);
}
