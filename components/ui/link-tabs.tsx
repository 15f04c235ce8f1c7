import Link from "next/link";

export type LinkTab = { id: string; label: string; href: string };

/** Tabs that are links, so each tab has its own shareable URL and server-rendered content. */
export function LinkTabs({
  label,
  tabs,
  selected,
  children,
}: {
  label: string;
  tabs: LinkTab[];
  selected: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      {/* On a narrow screen the tabs scroll in their own row rather than widen the page. */}
      <div
        role="tablist"
        aria-label={label}
        className="mb-4 flex gap-1 overflow-x-auto border-b border-slate-200"
      >
        {tabs.map((tab) => {
          const isSelected = tab.id === selected;
          return (
            <Link
              key={tab.id}
              id={`tab-${tab.id}`}
              role="tab"
              href={tab.href}
              // A tab shows live state: never a copy prefetched before the last change.
              prefetch={false}
              aria-selected={isSelected}
              aria-controls={`panel-${tab.id}`}
              className={`-mb-px shrink-0 border-b-2 px-4 py-2 whitespace-nowrap ${
                isSelected
                  ? "border-brand-600 font-medium text-brand-700"
                  : "border-transparent text-slate-600 hover:text-slate-900"
              }`}
            >
              {tab.label}
            </Link>
          );
        })}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`}>
        {children}
      </div>
    </div>
  );
}
