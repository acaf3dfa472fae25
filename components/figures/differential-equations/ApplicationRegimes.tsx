import { FigureSvg } from '../kit/plot-svg';

const W = 680;
const H = 440;

interface RegimeProps {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  color: string;
  title: string;
  lines: readonly string[];
}

function Regime({ cx, cy, rx, ry, color, title, lines }: RegimeProps) {
  return (
    <g>
      <ellipse cx={cx} cy={cy} rx={rx} ry={ry} fill={color} fillOpacity={0.14} stroke={color} strokeWidth={2} />
      <text x={cx} y={cy - 10 - (lines.length - 1) * 10} textAnchor="middle" fontSize={18} fontWeight={700}>{title}</text>
      {lines.map((l, i) => (
        <text key={l} x={cx} y={cy + 14 - (lines.length - 1) * 10 + i * 20} textAnchor="middle" fontSize={15}>{l}</text>
      ))}
    </g>
  );
}

/** Where physics-informed networks sit between theory-driven and data-driven science. */
export function ApplicationRegimes() {
  const axis = { left: 60, right: W - 16, top: 16, bottom: H - 56 };
  return (
    <FigureSvg
      id="fig-regimes"
      width={W}
      height={H}
      title="Application regimes: theory-driven, physics-informed and data-driven"
      desc="The horizontal axis is the amount of data, the vertical axis the amount of usable theory. Top left: theory-driven science, from antiquity to the 1950s: little data, mostly theory, falsifiable models. Bottom right: data-driven science, from the 1980s to today: lots of data, associations, black-box models. In the middle: physics-informed learning, with some data and a theory too complex to solve analytically, combined."
    >
      <defs>
        <marker id="rg-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--fg-muted)" />
        </marker>
      </defs>
      <line x1={axis.left} y1={axis.bottom} x2={axis.right} y2={axis.bottom} stroke="var(--fg-muted)" strokeWidth={2} markerEnd="url(#rg-arrow)" />
      <line x1={axis.left} y1={axis.bottom} x2={axis.left} y2={axis.top} stroke="var(--fg-muted)" strokeWidth={2} markerEnd="url(#rg-arrow)" />
      <text x={axis.right} y={axis.bottom + 30} textAnchor="end" fontSize={17} fill="var(--fg-muted)">more data →</text>
      <text x={24} y={axis.top + 6} fontSize={17} fill="var(--fg-muted)" transform={`rotate(-90 24 ${axis.top + 6})`} textAnchor="end">more theory →</text>

      <Regime cx={215} cy={100} rx={150} ry={72} color="var(--c-blue)" title="theory-driven" lines={['until the 1950s', 'little data, mostly theory', 'falsifiable models']} />
      <Regime cx={345} cy={218} rx={165} ry={66} color="var(--c-green)" title="physics-informed" lines={['some data + theory that', 'cannot be solved analytically']} />
      <Regime cx={500} cy={320} rx={160} ry={54} color="var(--c-orange)" title="data-driven" lines={['1980s to today: lots of data,', 'associations, black boxes']} />
    </FigureSvg>
  );
}
