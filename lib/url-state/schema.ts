// Typed URL state for widgets. Each widget declares a table of its settings (name → kind, default,
// range); this module turns that table into query-string entries and back. Keys carry the widget's
// prefix (`act.x=1.5`), so several widgets share one page. Defaults are left out of the URL.
// Anything the URL says that doesn't fit the table falls back to the default, with a notice that
// says why: a widget never sees NaN or an unknown option.

export type FieldSpec =
  | { readonly kind: 'number'; readonly default: number; readonly min?: number; readonly max?: number }
  | { readonly kind: 'int'; readonly default: number; readonly min?: number; readonly max?: number }
  | { readonly kind: 'boolean'; readonly default: boolean }
  | { readonly kind: 'enum'; readonly default: string; readonly options: readonly string[] }
  | {
      readonly kind: 'numbers';
      readonly default: readonly number[];
      readonly minLength?: number;
      readonly maxLength?: number;
      readonly min?: number;
      readonly max?: number;
    };

export type Schema = Readonly<Record<string, FieldSpec>>;

type ValueOf<F extends FieldSpec> = F extends { kind: 'number' | 'int' }
  ? number
  : F extends { kind: 'boolean' }
    ? boolean
    : F extends { kind: 'enum'; options: readonly (infer O)[] }
      ? O
      : F extends { kind: 'numbers' }
        ? readonly number[]
        : never;

export type StateOf<S extends Schema> = { -readonly [K in keyof S]: ValueOf<S[K]> };

export interface Decoded<S extends Schema> {
  state: StateOf<S>;
  /** One sentence per URL value that was ignored, saying what was wrong and what is used instead. */
  notices: string[];
}

export function defaults<S extends Schema>(schema: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) out[name] = spec.default;
  return out as StateOf<S>;
}

const key = (prefix: string, name: string) => `${prefix}.${name}`;

/** Query-string entries for `state`; values equal to their default are omitted. */
export function encode<S extends Schema>(prefix: string, schema: S, state: StateOf<S>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(schema)) {
    const value = (state as Record<string, unknown>)[name];
    if (sameValue(value, spec.default)) continue;
    out[key(prefix, name)] = formatValue(spec, value);
  }
  return out;
}

export function decode<S extends Schema>(prefix: string, schema: S, params: URLSearchParams): Decoded<S> {
  const state = defaults(schema) as Record<string, unknown>;
  const notices: string[] = [];
  for (const [name, spec] of Object.entries(schema)) {
    const raw = params.get(key(prefix, name));
    if (raw === null) continue;
    const parsed = parseValue(spec, raw);
    if (parsed.ok) state[name] = parsed.value;
    else notices.push(`The link’s “${name}=${truncate(raw)}” ${parsed.reason}, so the default (${formatValue(spec, spec.default)}) is used.`);
  }
  return { state: state as StateOf<S>, notices };
}

/** Returns `search` with this widget's keys replaced by `state`'s; other widgets' keys are kept. */
export function mergeIntoSearch<S extends Schema>(search: string, prefix: string, schema: S, state: StateOf<S>): string {
  const params = new URLSearchParams(search);
  for (const name of Object.keys(schema)) params.delete(key(prefix, name));
  for (const [k, v] of Object.entries(encode(prefix, schema, state))) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

type Parsed = { ok: true; value: unknown } | { ok: false; reason: string };

function parseValue(spec: FieldSpec, raw: string): Parsed {
  switch (spec.kind) {
    case 'number':
    case 'int':
      return parseNumber(raw, spec.kind === 'int', spec.min, spec.max);
    case 'boolean':
      if (raw === '1' || raw === 'true') return { ok: true, value: true };
      if (raw === '0' || raw === 'false') return { ok: true, value: false };
      return { ok: false, reason: 'is not on/off (use 1 or 0)' };
    case 'enum':
      return spec.options.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, reason: `is not one of ${spec.options.join(', ')}` };
    case 'numbers':
      return parseList(raw, spec);
  }
}

function parseNumber(raw: string, integer: boolean, min?: number, max?: number): Parsed {
  const text = raw.trim();
  // Number('') is 0 and Number('0x10') is 16; only plain decimal notation is accepted.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { ok: false, reason: 'is not a number' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, reason: 'is not a finite number' };
  if (integer && !Number.isInteger(value)) return { ok: false, reason: 'is not a whole number' };
  if (min !== undefined && value < min) return { ok: false, reason: `is below the minimum ${min}` };
  if (max !== undefined && value > max) return { ok: false, reason: `is above the maximum ${max}` };
  return { ok: true, value };
}

function parseList(raw: string, spec: Extract<FieldSpec, { kind: 'numbers' }>): Parsed {
  const parts = raw === '' ? [] : raw.split(',');
  if (spec.minLength !== undefined && parts.length < spec.minLength)
    return { ok: false, reason: `has ${parts.length} values; at least ${spec.minLength} are needed` };
  if (spec.maxLength !== undefined && parts.length > spec.maxLength)
    return { ok: false, reason: `has ${parts.length} values; at most ${spec.maxLength} are allowed` };
  const values: number[] = [];
  for (const [i, part] of parts.entries()) {
    const parsed = parseNumber(part, false, spec.min, spec.max);
    if (!parsed.ok) return { ok: false, reason: `has an entry ${i + 1} that ${parsed.reason}` };
    values.push(parsed.value as number);
  }
  return { ok: true, value: values };
}

function formatValue(spec: FieldSpec, value: unknown): string {
  switch (spec.kind) {
    case 'boolean':
      return value ? '1' : '0';
    case 'numbers':
      return (value as readonly number[]).map(formatNumber).join(',');
    case 'enum':
      return String(value);
    default:
      return formatNumber(value as number);
  }
}

// String(n) is the shortest text that reads back as exactly n, so numbers round-trip; only -0
// needs help, because String(-0) is "0".
function formatNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  return Object.is(a, b);
}

function truncate(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
