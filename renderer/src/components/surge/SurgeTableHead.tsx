/** A surge table's column heads: what each row is, then its numbers (right-aligned, as the cells below them). */
export function SurgeTableHead({ keyHeader, numberHeaders }: { keyHeader: string; numberHeaders: readonly string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{keyHeader}</th>
        {numberHeaders.map((header, i) => (
          <th key={i} scope="col" className="num">
            {header}
          </th>
        ))}
      </tr>
    </thead>
  );
}
