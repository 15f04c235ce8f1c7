// Money is kept in integer cents (lib/domain/billing.ts); it is shown in the user's locale.
type NumberFormatter = {
  number: (value: number, options: { style: "currency"; currency: string }) => string;
};

export function formatMoney(format: NumberFormatter, cents: number, currency: string): string {
  return format.number(cents / 100, { style: "currency", currency });
}
