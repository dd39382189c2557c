interface Props {
  /** The value drawn as a marker (undefined: none). */
  readonly value: number | undefined;
  /** The scale's end; values beyond it sit at the end. */
  readonly max: number;
  /** A target band (min–max) or a target line (min only). */
  readonly target: { readonly min: number; readonly max?: number } | undefined;
  readonly met: boolean | undefined;
  readonly label: string;
  readonly onClick?: () => void;
}

const WIDTH = 300;

/** A horizontal SVG scale: the value as a bar, the target as a band or a line. */
export function TargetGauge({ value, max, target, met, label, onClick }: Props) {
  const at = (v: number) => (Math.min(Math.max(v, 0), max) / max) * WIDTH;
  const colour = met === undefined ? '#8c9a91' : met ? '#1f7a3d' : '#c0392b';
  return (
    <svg className={`dashboard-gauge${onClick ? ' dashboard-clickable' : ''}`} viewBox={`0 0 ${WIDTH} 16`} preserveAspectRatio="none" role="img" aria-label={label} onClick={onClick}>
      <rect x={0} y={3} width={WIDTH} height={10} fill="#eef1ec" />
      {target && target.max !== undefined && <rect x={at(target.min)} y={0} width={Math.max(at(target.max) - at(target.min), 1)} height={16} fill="#cfe8d6" />}
      {value !== undefined && <rect x={0} y={5} width={at(value)} height={6} fill={colour} />}
      {target && <line x1={at(target.min)} x2={at(target.min)} y1={0} y2={16} stroke="#1f4e3d" strokeWidth={2} />}
      {target?.max !== undefined && <line x1={at(target.max)} x2={at(target.max)} y1={0} y2={16} stroke="#1f4e3d" strokeWidth={1} strokeDasharray="2 2" />}
    </svg>
  );
}
