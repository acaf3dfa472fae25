import { FigureSvg, linearScale, polyline, sampleCurve } from '../kit/plot-svg';

const W = 680;
const H = 450;

/** The k-th point of the Halton sequence in base `base`: evenly spread, deterministic "random" points. */
function halton(k: number, base: number): number {
  let f = 1;
  let r = 0;
  for (let i = k; i > 0; i = Math.floor(i / base)) {
    f /= base;
    r += f * (i % base);
  }
  return r;
}

/** The space-time domain of the Burgers problem with its initial, boundary and collocation points. */
export function BurgersDomain() {
  const plot = { left: 180, right: W - 24, top: 40, bottom: 360 };
  const t = linearScale(0, 1, plot.left, plot.right);
  const x = linearScale(-1, 1, plot.bottom, plot.top);
  const initial = polyline(sampleCurve((v) => -Math.sin(Math.PI * v), -1, 1).map(([xv, u]) => [plot.left - 70 + 50 * u, x(xv)]));
  const collocation = Array.from({ length: 140 }, (_, k) => [halton(k + 1, 2), -1 + 2 * halton(k + 1, 3)] as const);
  const initialPoints = Array.from({ length: 13 }, (_, i) => -1 + i / 6);
  const boundaryPoints = Array.from({ length: 7 }, (_, i) => (i + 1) / 7);
  const cross = (cx: number, cy: number, key: string) => (
    <path key={key} d={`M${cx - 6},${cy - 6} L${cx + 6},${cy + 6} M${cx - 6},${cy + 6} L${cx + 6},${cy - 6}`} stroke="var(--c-orange)" strokeWidth={2.5} />
  );
  return (
    <FigureSvg
      id="fig-burgers-domain"
      width={W}
      height={H}
      title="The domain of the Burgers problem and its training points"
      desc="A rectangle with time t from 0 to 1 horizontally and position x from minus 1 to 1 vertically. Along the left edge, t equals 0, the initial condition u equals minus sine of pi x is drawn as a curve and marked with crosses. Along the top and bottom edges, x equals plus and minus 1, u is 0, also marked with crosses. Inside, 140 collocation points are scattered evenly as dots: there only the equation itself is enforced."
    >
      <rect x={plot.left} y={plot.top} width={plot.right - plot.left} height={plot.bottom - plot.top} fill="var(--bg-soft)" stroke="var(--fg-muted)" strokeWidth={1.5} />
      {collocation.map(([tv, xv], k) => (
        <circle key={k} cx={t(tv)} cy={x(xv)} r={3.2} fill="var(--c-green)" />
      ))}
      {initialPoints.map((xv) => cross(t(0), x(xv), `i${xv}`))}
      {boundaryPoints.map((tv) => cross(t(tv), x(1), `t${tv}`))}
      {boundaryPoints.map((tv) => cross(t(tv), x(-1), `b${tv}`))}

      <line x1={plot.left - 70} y1={plot.top} x2={plot.left - 70} y2={plot.bottom} stroke="var(--border)" strokeWidth={1} />
      <path d={initial} fill="none" stroke="var(--c-orange)" strokeWidth={3} />
      <text x={plot.left - 70} y={plot.top - 12} textAnchor="middle" fontSize={16} fill="var(--c-orange)">u(0, x) = −sin πx</text>

      {[-1, 0, 1].map((v) => (
        <text key={v} x={plot.left - 132} y={x(v) + 6} textAnchor="end" fontSize={16} fill="var(--fg-muted)">{v}</text>
      ))}
      <text x={plot.left - 160} y={x(0) - 22} fontSize={17} fontStyle="italic" fill="var(--fg-muted)">x</text>
      {[0, 0.5, 1].map((v) => (
        <text key={v} x={t(v)} y={plot.bottom + 28} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">{v}</text>
      ))}
      <text x={plot.right} y={plot.bottom + 52} textAnchor="end" fontSize={17} fontStyle="italic" fill="var(--fg-muted)">t</text>
      <text x={t(0.5)} y={plot.top - 12} textAnchor="middle" fontSize={16} fill="var(--c-orange)">u(t, 1) = 0</text>
      <text x={t(0.25)} y={plot.bottom + 28} textAnchor="middle" fontSize={16} fill="var(--c-orange)">u(t, −1) = 0</text>

      <g transform={`translate(${plot.left}, ${H - 14})`}>
        {cross(8, -6, 'legend')}
        <text x={22} y={0} fontSize={16}>data points (known u)</text>
        <circle cx={232} cy={-6} r={4} fill="var(--c-green)" />
        <text x={244} y={0} fontSize={16}>collocation points (f = 0)</text>
      </g>
    </FigureSvg>
  );
}
