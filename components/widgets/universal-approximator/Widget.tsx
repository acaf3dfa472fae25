'use client';

import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { Tex } from '@/components/widgets/shared/Tex';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { ApproxPlot, type PlotInteraction } from './ApproxPlot';
import { DRAW_POINTS, fitError, fmt, MAX_UNITS, packUnits, resize, round, sampleForDrawing, staircase, TARGET_NAMES, TARGETS, targetFunction, unpackUnits, type Approximation, type TargetName, type Unit } from './model';
import { schema, URL_PREFIX } from './state';
import { initialApproximation, TRAIN_POINTS } from './train';
import { TrainPanel } from './TrainPanel';
import { useTraining } from './use-training';
import { UnitControls } from './UnitControls';
import styles from './UniversalApproximator.module.css';

const DEFAULT_DRAWING = sampleForDrawing(targetFunction('sin'));
/** Parameters written to the URL keep 6 significant digits. */
const short = (v: number) => Number(v.toPrecision(6));

export default function UniversalApproximator() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const ids = useId();
  const target = state.target as TargetName;
  const drawn = state.draw.length === DRAW_POINTS ? state.draw : DEFAULT_DRAWING;
  const h = useMemo(() => targetFunction(target, drawn), [target, drawn]);
  const n = state.n;
  const handFromLink = state.p.length === 1 + 3 * n;
  const hand = useMemo<Approximation>(
    () => (handFromLink ? { c4: state.p[0], units: unpackUnits(state.p.slice(1)) } : staircase(n, h)),
    [handFromLink, state.p, n, h],
  );
  const selected = Math.min(state.sel, n) - 1;
  const [cursor, setCursor] = useState(Math.floor(DRAW_POINTS / 2));
  const [pen, setPen] = useState(false);

  // Link values that pass the URL table but do not fit together are explained here.
  const [linkNoticesDismissed, setLinkNoticesDismissed] = useState(false);
  const extraNotices: string[] = [];
  if (state.draw.length > 0 && state.draw.length !== DRAW_POINTS)
    extraNotices.push(`The link’s drawing has ${state.draw.length} values; a drawing needs ${DRAW_POINTS}, so the default drawing is used.`);
  if (state.p.length > 0 && !handFromLink)
    extraNotices.push(`The link’s unit parameters have ${state.p.length} numbers, but ${n} units need ${1 + 3 * n}, so the chapter’s staircase is shown.`);

  // Train mode: a fit runs in a worker whenever its settings change; a sweep over N on request.
  const lr = Number(state.lr);
  const steps = Number(state.steps);
  const training = useTraining({ active: state.mode === 'train', target, drawn, n, seed: state.seed, lr, steps });
  const { trained } = training;

  const mean = useMemo(() => TRAIN_POINTS.reduce((s, x) => s + h(x), 0) / TRAIN_POINTS.length, [h]);
  const shown = state.mode === 'hand' ? hand : (trained ?? initialApproximation(n, state.seed, mean));
  const error = useMemo(() => fitError(shown, h), [shown, h]);

  const writeHand = (a: Approximation) => update({ p: [short(a.c4), ...packUnits(a.units).map(short)] });
  const setUnit = (k: number, unit: Unit) => writeHand({ ...hand, units: hand.units.map((u, i) => (i === k ? unit : u)) });

  function moveUnit(k: number, centre: number, height: number) {
    const u = hand.units[k];
    const c2 = u.c2 === 0 ? 20 : u.c2;
    setUnit(k, { c1: height, c2, c3: round(-c2 * centre, 4) });
  }

  function onUnitKey(e: KeyboardEvent<SVGElement>) {
    const u = hand.units[selected];
    const c2 = u.c2 === 0 ? 20 : u.c2;
    const c = -u.c3 / c2;
    const big = e.shiftKey;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => moveUnit(selected, round(Math.max(0, c - (big ? 0.1 : 0.01)), 4), u.c1),
      ArrowRight: () => moveUnit(selected, round(Math.min(1, c + (big ? 0.1 : 0.01)), 4), u.c1),
      ArrowUp: () => setUnit(selected, { ...u, c1: round(u.c1 + (big ? 0.25 : 0.05), 4) }),
      ArrowDown: () => setUnit(selected, { ...u, c1: round(u.c1 - (big ? 0.25 : 0.05), 4) }),
      PageUp: () => setUnit(selected, { ...u, c2: round(c2 * 1.25, 3), c3: round(-c2 * 1.25 * c, 4) }),
      PageDown: () => setUnit(selected, { ...u, c2: round(c2 / 1.25, 3), c3: round((-c2 / 1.25) * c, 4) }),
    };
    if (!moves[e.key]) return;
    e.preventDefault();
    moves[e.key]();
  }

  function chooseTarget(next: TargetName) {
    update({ target: next, draw: next === 'drawn' && state.draw.length !== DRAW_POINTS ? sampleForDrawing(h) : state.draw });
    if (next !== 'drawn') setPen(false);
  }

  function chooseN(next: number) {
    if (!Number.isInteger(next) || next < 1 || next > MAX_UNITS) return;
    update({ n: next, sel: Math.min(state.sel, next), p: handFromLink ? [hand.c4, ...packUnits(resize(hand.units, next))] : [] });
  }

  const interaction: PlotInteraction = pen && target === 'drawn'
    ? { kind: 'draw', values: drawn, cursor, onCursor: setCursor, onDraw: (values) => update({ draw: values }) }
    : state.mode === 'hand'
      ? { kind: 'units', selected, onSelect: (k) => update({ sel: k + 1 }), onMoveUnit: moveUnit, onKey: onUnitKey }
      : { kind: 'none' };

  return (
    <WidgetFrame
      id="universal-approximator"
      title="Universal approximator"
      hint="Drag a unit’s dot to move its step (or focus it: ← → position, ↑ ↓ height, PageUp/PageDown steepness), use the sliders, or let the engine train the units."
      onReset={() => {
        setPen(false);
        reset();
      }}
      link={link}
      notices={[...notices, ...(linkNoticesDismissed ? [] : extraNotices)]}
      onDismissNotices={() => {
        dismissNotices();
        setLinkNoticesDismissed(true);
      }}
    >
      <div className="widget-controls">
        <fieldset className="segmented">
          <legend>Mode</legend>
          {(['hand', 'train'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name={`${ids}-mode`} value={m} checked={state.mode === m} onChange={() => update({ mode: m })} />
              {m === 'hand' ? 'Fit by hand' : 'Train'}
            </label>
          ))}
        </fieldset>
        <label>
          Target{' '}
          <select value={target} onChange={(e) => chooseTarget(e.target.value as TargetName)}>
            {TARGET_NAMES.map((t) => (
              <option key={t} value={t}>
                {TARGETS[t].label}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.nControl}>
          Hidden units N = {n}{' '}
          <input type="range" min={1} max={MAX_UNITS} step={1} value={n} onChange={(e) => chooseN(Number(e.target.value))} />
        </label>
      </div>
      {target === 'drawn' && (
        <div className="widget-controls">
          <button type="button" className="widget-button" aria-pressed={pen} onClick={() => setPen((p) => !p)}>
            {pen ? 'Stop drawing' : 'Draw the target'}
          </button>
          <button type="button" className="widget-button" onClick={() => update({ draw: Array(DRAW_POINTS).fill(0) })}>
            Flatten to 0
          </button>
          {pen && <span className={styles.muted}>Drag across the plot, or focus the pen: ← → pick a point, ↑ ↓ move it.</span>}
        </div>
      )}

      <div className={styles.layout}>
        <div>
          <ApproxPlot approximation={shown} h={h} error={error} interaction={interaction} label={`Target ${TARGETS[target].label} and the network's approximation with ${n} hidden units`} />
          <ul className={`plot-legend ${styles.legend}`}>
            <li><span className={`${styles.swatch} ${styles.swatchTarget}`} aria-hidden="true" /> target h, dashed</li>
            <li><span className={`${styles.swatch} ${styles.swatchSum}`} aria-hidden="true" /> network G, bold</li>
            <li><span className={`${styles.swatch} ${styles.swatchUnit}`} aria-hidden="true" /> one unit c₁σ(c₂x + c₃), thin{state.mode === 'hand' ? '; the selected one dotted' : ''}</li>
            <li><span className={`${styles.swatch} ${styles.swatchGap}`} aria-hidden="true" /> gap G − h, shaded</li>
            <li><span className={`${styles.swatch} ${styles.swatchWorst}`} aria-hidden="true" /> largest gap</li>
          </ul>
        </div>
        <div className={styles.readout}>
          <Tex tex={TARGETS[target].tex} display />
          <Tex tex={`G(x) = \\sum_{k=1}^{${n}} c_{1k}\\,\\sigma(c_{2k}x + c_{3k}) + c_4`} display />
          <dl className="readout" aria-live="polite">
            <dt>c₄</dt>
            <dd data-testid="ua-c4">{fmt(shown.c4)}</dd>
            <dt>max |G − h|</dt>
            <dd data-testid="ua-max">{fmt(error.max)}</dd>
            <dt>at x =</dt>
            <dd data-testid="ua-at">{fmt(error.at, 3)}</dd>
            <dt>RMS error</dt>
            <dd data-testid="ua-rms">{fmt(error.rms)}</dd>
          </dl>
          {target === 'step' && (
            <p className="readout-note">
              The step jumps at x = ½, and a sum of sigmoids is continuous, so near the jump it is always about ½ away from one side: the max error cannot fall much below 0.5. The theorem promises uniform accuracy only for continuous targets; the RMS error can still shrink as the units get steeper.
            </p>
          )}
          {state.mode === 'hand' && !handFromLink && (
            <p className="readout-note">The units form the chapter’s staircase: {n + 1} steps of width 1/{n + 1}, steepness c₂ = {50 * (n + 1)}. Move any unit to take over by hand.</p>
          )}
        </div>
      </div>

      {state.mode === 'hand' ? (
        <UnitControls
          approximation={hand}
          selected={selected}
          isStaircase={!handFromLink}
          onSelect={(k) => update({ sel: k + 1 })}
          onUnit={setUnit}
          onBias={(c4) => writeHand({ ...hand, c4 })}
          onStaircase={() => update({ p: [] })}
        />
      ) : (
        <TrainPanel
          seed={state.seed}
          lr={state.lr}
          steps={state.steps}
          fit={training.fit}
          sweep={training.sweep}
          onSettings={(patch) => update(patch)}
          onPause={training.pause}
          onResume={training.resume}
          onRestart={training.restart}
          onSweep={training.runSweep}
          onStopSweep={training.stopSweep}
          onEditByHand={() => {
            if (!trained) return;
            update({ mode: 'hand', p: [short(trained.c4), ...packUnits(trained.units).map(short)] });
          }}
          onResetTraining={() => update({ seed: schema.seed.default, lr: schema.lr.default, steps: schema.steps.default })}
        />
      )}
    </WidgetFrame>
  );
}
