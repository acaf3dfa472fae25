// The five input/output patterns of sequence models: each column is one time step of the same
// recurrent cell; x below (input), h in the middle (hidden state), y above (output).
import { ArrowMarker, Label } from '../kit/labels';

interface Column {
  input: boolean;
  output: boolean;
}

interface Pattern {
  title: string;
  example: string;
  columns: Column[];
}

const col = (input: boolean, output: boolean): Column => ({ input, output });

const PATTERNS: Pattern[] = [
  { title: 'one to one', example: 'no recurrence needed', columns: [col(true, true)] },
  { title: 'one to many', example: 'image → caption', columns: [col(true, true), col(false, true), col(false, true)] },
  { title: 'many to one', example: 'review → sentiment', columns: [col(true, false), col(true, false), col(true, true)] },
  {
    title: 'many to many, unaligned',
    example: 'translation: read all, then write',
    columns: [col(true, false), col(true, false), col(true, false), col(false, true), col(false, true)],
  },
  { title: 'many to many, aligned', example: 'a label for every video frame', columns: [col(true, true), col(true, true), col(true, true)] },
];

const BOX = 38;
const STEP = 54;
const ROW = 64;
const ARROW = 'seqpat-arrow';

function Box({ cx, cy, label, stroke }: { cx: number; cy: number; label: string; stroke: string }) {
  return (
    <g>
      <rect x={cx - BOX / 2} y={cy - BOX / 2} width={BOX} height={BOX} rx={6} fill="var(--bg-soft)" stroke={stroke} strokeWidth={2.5} />
      <text x={cx} y={cy + 7} textAnchor="middle" fontSize={21} fontStyle="italic" fontFamily="KaTeX_Math, 'Times New Roman', serif" fill="var(--fg)">
        {label}
      </text>
    </g>
  );
}

function PatternPanel({ pattern, cx, top }: { pattern: Pattern; cx: number; top: number }) {
  const n = pattern.columns.length;
  const left = cx - ((n - 1) * STEP) / 2;
  const yOut = top + BOX / 2;
  const yHid = yOut + ROW;
  const yIn = yHid + ROW;
  return (
    <g>
      {pattern.columns.map((c, i) => {
        const x = left + i * STEP;
        return (
          <g key={i}>
            {c.input && (
              <>
                <line x1={x} y1={yIn - BOX / 2} x2={x} y2={yHid + BOX / 2 + 2} stroke="var(--fg-muted)" strokeWidth={2} markerEnd={`url(#${ARROW})`} />
                <Box cx={x} cy={yIn} label="x" stroke="var(--c-vermillion)" />
              </>
            )}
            {c.output && (
              <>
                <line x1={x} y1={yHid - BOX / 2} x2={x} y2={yOut + BOX / 2 + 2} stroke="var(--fg-muted)" strokeWidth={2} markerEnd={`url(#${ARROW})`} />
                <Box cx={x} cy={yOut} label="y" stroke="var(--c-blue)" />
              </>
            )}
            {i < n - 1 && (
              <line x1={x + BOX / 2} y1={yHid} x2={x + STEP - BOX / 2 - 1} y2={yHid} stroke="var(--fg-muted)" strokeWidth={2} markerEnd={`url(#${ARROW})`} />
            )}
            <Box cx={x} cy={yHid} label="h" stroke="var(--c-green)" />
          </g>
        );
      })}
      <Label x={cx} y={yIn + BOX / 2 + 26} size={19} weight={700}>
        {pattern.title}
      </Label>
      <Label x={cx} y={yIn + BOX / 2 + 48} size={16} fill="var(--fg-muted)">
        {pattern.example}
      </Label>
    </g>
  );
}

export function SequencePatterns() {
  const rowHeight = 246;
  return (
    <svg viewBox="0 0 680 490" role="img" aria-labelledby="seqpat-title seqpat-desc">
      <title id="seqpat-title">The five input/output patterns of sequence models</title>
      <desc id="seqpat-desc">
        Five small diagrams. Each column is one time step: an input box x at the bottom, a hidden-state box h in the middle,
        an output box y on top, and arrows from each h to the next. One to one has a single column. One to many has one
        input and an output at every step. Many to one reads an input at every step and gives one output at the end. Many
        to many, unaligned, reads three inputs and then writes two outputs. Many to many, aligned, has an input and an output
        at every step.
      </desc>
      <defs>
        <ArrowMarker id={ARROW} color="var(--fg-muted)" />
      </defs>
      {PATTERNS.slice(0, 3).map((p, i) => (
        <PatternPanel key={p.title} pattern={p} cx={113 + i * 227} top={8} />
      ))}
      {PATTERNS.slice(3).map((p, i) => (
        <PatternPanel key={p.title} pattern={p} cx={170 + i * 340} top={8 + rowHeight} />
      ))}
    </svg>
  );
}
