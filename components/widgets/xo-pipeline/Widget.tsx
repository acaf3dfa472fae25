'use client';

import { useId, useMemo } from 'react';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { CellGrid, type Mark } from './CellGrid';
import { FILTERS, IMAGES, ninths, notesFormat, POOL, runPipeline, signed, stageSize, type ImageName, type Stage } from './model';
import { schema, URL_PREFIX } from './state';
import { Working } from './Working';
import styles from './XoPipeline.module.css';

const STAGES: { stage: Stage; title: string }[] = [
  { stage: 'conv', title: 'Feature map (sum / 9)' },
  { stage: 'relu', title: 'ReLU' },
  { stage: 'pool', title: '2×2 max-pool, stride 2' },
];

export default function XoPipeline() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const ids = useId();
  const image = IMAGES[state.img as ImageName].pixels;
  const pipeline = useMemo(() => runPipeline(image, state.partial), [image, state.partial]);
  const f = state.f;
  const filter = FILTERS[f].weights;
  const stage = state.stage as Stage;
  const [rows, cols] = stageSize(pipeline, stage);
  const r = Math.min(state.r, rows - 1);
  const c = Math.min(state.c, cols - 1);
  const format = state.fmt === 'ninths' ? ninths : notesFormat;
  const extraNotices = state.r !== r || state.c !== c
    ? [`The link’s cell (${state.r + 1}, ${state.c + 1}) is outside the ${rows}×${cols} ${stage} map, so cell (${r + 1}, ${c + 1}) is shown.`]
    : [];

  // Which cells of each grid belong to the selected cell's computation.
  const inPoolWindow = (i: number, j: number) => stage === 'pool' && Math.floor(i / POOL) === r && Math.floor(j / POOL) === c;
  const marks: Record<'image' | Stage, (i: number, j: number) => Mark> = {
    image: (i, j) => (stage !== 'pool' && i >= r && i < r + 3 && j >= c && j < c + 3 ? 'window' : undefined),
    conv: (i, j) => (stage === 'conv' && i === r && j === c ? 'selected' : (stage === 'relu' && i === r && j === c) || inPoolWindow(i, j) ? 'window' : undefined),
    relu: (i, j) => {
      if (stage === 'relu') return i === r && j === c ? 'selected' : undefined;
      if (stage === 'conv') return i === r && j === c ? 'window' : undefined;
      return inPoolWindow(i, j) ? 'window' : undefined;
    },
    pool: (i, j) => (stage === 'pool' && i === r && j === c ? 'selected' : undefined),
  };
  const select = (s: Stage) => (i: number, j: number) => update({ stage: s, r: i, c: j });

  return (
    <WidgetFrame
      id="xo-pipeline"
      title="The X/O pipeline: convolution, ReLU, max-pool"
      hint="Click a cell of any map (or Tab to a map and use the arrow keys) to see the numbers that made it."
      onReset={reset}
      link={link}
      notices={[...notices, ...extraNotices]}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <fieldset className="segmented">
          <legend>Image</legend>
          {(['x', 'o'] as const).map((name) => (
            <label key={name}>
              <input type="radio" name={`${ids}-img`} checked={state.img === name} onChange={() => update({ img: name })} />
              {IMAGES[name].label}
            </label>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend>Filter</legend>
          {FILTERS.map((flt, k) => (
            <label key={flt.name}>
              <input type="radio" name={`${ids}-f`} checked={f === k} onChange={() => update({ f: k })} />
              {flt.label}
            </label>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend>Numbers</legend>
          <label>
            <input type="radio" name={`${ids}-fmt`} checked={state.fmt === 'notes'} onChange={() => update({ fmt: 'notes' })} />
            as the notes print them
          </label>
          <label>
            <input type="radio" name={`${ids}-fmt`} checked={state.fmt === 'ninths'} onChange={() => update({ fmt: 'ninths' })} />
            in ninths
          </label>
        </fieldset>
        <label>
          <input type="checkbox" checked={state.partial} onChange={(e) => update({ partial: e.target.checked })} /> Keep the
          partial edge windows when pooling
        </label>
      </div>

      <div className={styles.stages}>
        <section className={styles.stage} aria-label="Input image">
          <p className={styles.stageTitle}>Image 9×9 (■ = +1, □ = −1)</p>
          <CellGrid values={image} label={`${IMAGES[state.img as ImageName].label} image, 9 by 9`} format={signed} look="pixels" mark={marks.image} />
        </section>
        <section className={styles.stage} aria-label="Filter">
          <p className={styles.stageTitle}>Filter: {FILTERS[f].label}</p>
          <CellGrid values={filter} label={`Filter ${FILTERS[f].label}`} format={signed} look="signed" />
        </section>
        {STAGES.map(({ stage: s, title }) => {
          const grid = pipeline[s][f];
          return (
            <section key={s} className={styles.stage} aria-label={title}>
              <p className={styles.stageTitle}>
                {title}: {grid.length}×{grid[0].length}
              </p>
              <CellGrid
                values={grid}
                label={`${title} for the ${FILTERS[f].label} filter, ${grid.length} by ${grid[0].length}`}
                format={format}
                look="signed"
                mark={marks[s]}
                active={stage === s ? [r, c] : [0, 0]}
                onSelect={select(s)}
                testId={`xo-map-${s}`}
              />
            </section>
          );
        })}
      </div>
      <ul className="plot-legend">
        <li>
          <span className={`${styles.key} ${styles.keySelected}`} aria-hidden="true" /> selected cell (solid outline)
        </li>
        <li>
          <span className={`${styles.key} ${styles.keyWindow}`} aria-hidden="true" /> the cells it is computed from (dashed)
        </li>
        <li>blue tint: positive, orange tint: negative</li>
      </ul>

      <Working stage={stage} r={r} c={c} image={image} filter={filter} conv={pipeline.conv[f]} relu={pipeline.relu[f]} format={format} />
    </WidgetFrame>
  );
}
