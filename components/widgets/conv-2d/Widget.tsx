'use client';

import { useId, useMemo, type KeyboardEvent } from 'react';
import { useWidth } from '@/components/plots/use-width';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { CellGrid, movedCursor } from './CellGrid';
import { Im2colView } from './Im2colView';
import { InputPanel } from './InputPanel';
import { KernelEditor } from './KernelEditor';
import { Working } from './Working';
import { featureMap, fmt, im2col, receptiveField, type ConvSettings } from './model';
import { IMAGE_LABELS, IMAGE_NAMES, KERNEL_NAMES, KERNEL_PRESETS, type ImageName } from './presets';
import { customKernelPatch, drawnPatch, KERNEL_CHOICES, MAX_DILATION, MAX_PADDING, MAX_STRIDE, resolveImage, resolveKernel, schema, URL_PREFIX, type Conv2dState } from './state';
import styles from './Conv2d.module.css';

type IntField = 'p' | 's' | 'd';

export default function Conv2dWidget() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const ids = useId();
  const [layoutRef, layoutWidth] = useWidth<HTMLDivElement>(640);
  // Image and kernel are resolved separately, so a kernel edit leaves the input grid's memo intact.
  const imagePart = useMemo(() => resolveImage(state), [state.img, state.dr, state.dc, state.cells]); // eslint-disable-line react-hooks/exhaustive-deps
  const kernelPart = useMemo(() => resolveKernel(state), [state.ker, state.kh, state.kw, state.kv]); // eslint-disable-line react-hooks/exhaustive-deps
  const image = imagePart.image;
  const kernel = kernelPart.kernel;
  const problems = [...imagePart.problems, ...kernelPart.problems];
  const settings: ConvSettings = useMemo(() => ({ padding: state.p, stride: state.s, dilation: state.d, mode: state.mode }), [state.p, state.s, state.d, state.mode]);
  const result = useMemo(() => featureMap(image, kernel, settings), [image, kernel, settings]);
  const matrix = useMemo(() => (state.img === 'field' ? null : im2col(image, kernel, settings)), [image, kernel, settings, state.img]);

  const output = result.ok ? result.output : null;
  const at = output ? { row: Math.min(state.or, output.rows - 1), col: Math.min(state.oc, output.cols - 1) } : { row: 0, col: 0 };
  const terms = useMemo(() => (output ? receptiveField(image, kernel, settings, at.row, at.col) : []), [output, image, kernel, settings, at.row, at.col]);
  const field = useMemo(() => terms.map((t) => ({ row: t.row, col: t.col })), [terms]);
  const activeTaps = useMemo(() => new Set(terms.map((t) => t.a * kernel.cols + t.b)), [terms, kernel.cols]);

  // Two grids side by side when there is room, stacked on a phone.
  const sideBySide = layoutWidth >= 620;
  const gridWidth = sideBySide ? Math.floor((layoutWidth - 48) / 2) : layoutWidth - 8;

  function setInt(field: IntField, raw: number) {
    if (Number.isFinite(raw)) update({ [field]: Math.round(raw) } as Partial<Conv2dState>);
  }

  function chooseImage(img: ImageName) {
    // A fresh drawing starts as an empty 8 × 8 canvas rather than a mismatch notice.
    const blank = img === 'drawn' && state.cells.length !== state.dr * state.dc;
    update(blank ? { img, cells: new Array<number>(state.dr * state.dc).fill(0), or: 0, oc: 0 } : { img, or: 0, oc: 0 });
  }

  function onOutputKey(e: KeyboardEvent<SVGSVGElement>) {
    if (!output) return;
    const moved = movedCursor(e.key, at, output.rows, output.cols);
    if (!moved) return;
    e.preventDefault();
    update({ or: moved.row, oc: moved.col });
  }

  const outOfRange = (field: IntField, max: number, raw: number) =>
    raw > max ? `${field === 'p' ? 'Padding' : field === 's' ? 'Stride' : 'Dilation'} is limited to ${max} here.` : null;
  const limitMessage = outOfRange('p', MAX_PADDING, state.p) ?? outOfRange('s', MAX_STRIDE, state.s) ?? outOfRange('d', MAX_DILATION, state.d);

  return (
    <WidgetFrame
      id="conv-2d"
      title="2D convolution, live"
      hint="Pick an image and a kernel, change padding, stride and dilation, and hover over or arrow through the output to see each sum of products. Click input cells to draw."
      onReset={reset}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <label>
          Image{' '}
          <select value={state.img} onChange={(e) => chooseImage(e.target.value as ImageName)}>
            {IMAGE_NAMES.map((name) => (
              <option key={name} value={name}>
                {IMAGE_LABELS[name]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kernel{' '}
          <select value={state.ker} onChange={(e) => update({ ker: e.target.value as Conv2dState['ker'] })}>
            {KERNEL_CHOICES.map((name) => (
              <option key={name} value={name}>
                {name === 'custom' ? 'Your kernel' : KERNEL_PRESETS[name as (typeof KERNEL_NAMES)[number]].label}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="segmented">
          <legend>Operation</legend>
          <label>
            <input type="radio" name={`${ids}-mode`} checked={state.mode === 'cross'} onChange={() => update({ mode: 'cross' })} /> cross-correlation ⋆
          </label>
          <label>
            <input type="radio" name={`${ids}-mode`} checked={state.mode === 'conv'} onChange={() => update({ mode: 'conv' })} /> convolution ∗
          </label>
        </fieldset>
        <label className="number-field">
          Padding p <input type="number" min={0} max={MAX_PADDING} step={1} value={state.p} onChange={(e) => setInt('p', e.target.valueAsNumber)} />
        </label>
        <label className="number-field">
          Stride s <input type="number" min={0} max={MAX_STRIDE} step={1} value={state.s} onChange={(e) => setInt('s', e.target.valueAsNumber)} />
        </label>
        <label className="number-field">
          Dilation d <input type="number" min={0} max={MAX_DILATION} step={1} value={state.d} onChange={(e) => setInt('d', e.target.valueAsNumber)} />
        </label>
      </div>
      {[...problems, ...(limitMessage ? [limitMessage] : [])].map((p) => (
        <p key={p} className="widget-error" role="alert">
          {p}
        </p>
      ))}

      <div ref={layoutRef} className={sideBySide ? `${styles.layout} ${styles.sideBySide}` : styles.layout}>
        <InputPanel image={image} pad={state.p} width={gridWidth} field={field} onEdit={(next) => update(drawnPatch(next))} />
        <div className={styles.panel}>
          <p className={styles.panelTitle}>
            Feature map S = I {state.mode === 'cross' ? '⋆' : '∗'} K
            {output ? `, ${output.rows} × ${output.cols}` : ''}
          </p>
          {output ? (
            <CellGrid
              grid={output}
              width={gridWidth}
              label={`Feature map, ${output.rows} by ${output.cols}. Arrow keys or hovering choose the output cell whose sum of products is shown.`}
              cursor={at}
              cursorLabel={`Selected S(${at.row}, ${at.col}) = ${fmt(output.data[at.row * output.cols + at.col])}`}
              testId="c2-output"
              onKeyDown={onOutputKey}
              onPointerCell={(row, col) => (row !== at.row || col !== at.col) && update({ or: row, oc: col })}
            />
          ) : (
            <p className="widget-error" role="alert" data-testid="c2-error">
              {!result.ok && result.message}
            </p>
          )}
        </div>
      </div>

      <div className={styles.layout}>
        <div className={styles.panel}>
          <p className={styles.panelTitle}>Kernel K (the taps of the selected sum are outlined)</p>
          <KernelEditor kernel={kernel} active={activeTaps} onChange={(next) => update(customKernelPatch(next))} />
        </div>
        {output && (
          <div className={styles.panel}>
            <p className={styles.panelTitle}>The selected output cell</p>
            <Working image={image} kernel={kernel} settings={settings} output={output} at={at} terms={terms} />
          </div>
        )}
      </div>

      {output && matrix && (
        <details className={styles.im2col} open={image.rows * image.cols <= 25}>
          <summary>im2col view: the convolution as one matrix product, S = W′·vec(I)</summary>
          <Im2colView result={matrix} image={image} output={output} selectedRow={at.row * output.cols + at.col} />
        </details>
      )}
    </WidgetFrame>
  );
}
