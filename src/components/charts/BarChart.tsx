import { scaleLinear } from 'd3-scale'

import type { ComparisonTable } from './comparison'
import { formatValue } from './comparison'

const COLOURS: Record<string, string> = { total: '#1e3a8a', female: '#b45309', male: '#0f766e' }

/**
 * Grouped horizontal bars drawn on the server as SVG: no client JavaScript, readable on a small
 * screen, and described for screen readers (the table beside it carries the same figures).
 */
export function BarChart({ table, description }: { table: ComparisonTable; description: string }) {
  const barHeight = 18
  const gap = 6
  const labelWidth = 230
  const width = 640
  const plotWidth = width - labelWidth - 70
  const max = Math.max(1, ...table.areas.flatMap((area) => area.bars.map((bar) => bar.value)))
  const x = scaleLinear().domain([0, max]).nice().range([0, plotWidth])
  // Each area starts below the bars of the areas before it.
  const groups = table.areas.reduce<{ area: (typeof table.areas)[number]; top: number }[]>(
    (placed, area) => {
      const previous = placed.at(-1)
      const top = previous ? previous.top + previous.area.bars.length * (barHeight + gap) + 14 : 24
      return [...placed, { area, top }]
    },
    [],
  )
  const last = groups.at(-1)
  const height = (last ? last.top + last.area.bars.length * (barHeight + gap) + 14 : 24) + 8
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description} width="100%">
        {x.ticks(5).map((tick) => (
          <g key={tick} transform={`translate(${labelWidth + x(tick)},0)`}>
            <line y1={18} y2={height - 8} stroke="#d6dbe6" />
            <text y={12} textAnchor="middle" fontSize={11} fill="#5a6478">
              {tick}
            </text>
          </g>
        ))}
        {groups.map(({ area, top }) => (
          <g key={area.area} transform={`translate(0,${top})`}>
            <text x={0} y={barHeight - 4} fontSize={13} fontWeight={700} fill="#1d2433">
              {area.area.length > 34 ? `${area.area.slice(0, 33)}…` : area.area}
            </text>
            {area.bars.map((bar, index) => (
              <g key={bar.sex} transform={`translate(${labelWidth},${index * (barHeight + gap)})`}>
                <rect
                  width={Math.max(1, x(bar.value))}
                  height={barHeight}
                  fill={COLOURS[bar.sex] ?? '#1e3a8a'}
                  rx={2}
                />
                <text x={x(bar.value) + 6} y={barHeight - 4} fontSize={12} fill="#1d2433">
                  {bar.label}: {formatValue(bar.value)}
                </text>
              </g>
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="muted">{table.unit}</figcaption>
    </figure>
  )
}

export function DataTable({ table, caption }: { table: ComparisonTable; caption: string }) {
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) =>
                column === 0 ? (
                  <th key={column} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={column}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
