// Dense table primitives for console lists: semantic <table> so rows and columns have roles and names.
// A wide table scrolls inside its own box, never the page (relative: hidden labels inside are positioned
// against the box, not the page); `dense` is the partner's many-column list.
export function Table({
  label,
  dense = false,
  children,
}: {
  label: string;
  dense?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className="relative max-w-full overflow-x-auto rounded border border-slate-200 bg-white">
      <table
        aria-label={label}
        className={`w-full border-collapse text-left ${dense ? "text-xs [&_td]:px-2 [&_th]:px-2" : ""}`}
      >
        {children}
      </table>
    </div>
  );
}

export function Th({
  children,
  className = "",
  wrap = false,
}: {
  children: React.ReactNode;
  className?: string;
  /** A long header that may take two lines, so it does not widen a column of short values. */
  wrap?: boolean;
}) {
  return (
    <th
      scope="col"
      className={`border-b border-slate-200 bg-slate-50 px-3 py-2 font-medium text-slate-600 ${wrap ? "" : "whitespace-nowrap"} ${className}`}
    >
      {children}
    </th>
  );
}

export function Td({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <td className={`border-b border-slate-100 px-3 py-2 align-top ${className}`}>{children}</td>;
}

export function EmptyRow({ colSpan, children }: { colSpan: number; children: React.ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-10 text-center text-slate-500">
        {children}
      </td>
    </tr>
  );
}
