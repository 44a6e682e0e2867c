/**
 * Bounds the operation names a metric is labelled with. Clients choose names, so each distinct name would be a
 * new time series: only names of operations whose documents validated are used, at most `max` of them (the
 * first seen, which in practice are the clients' known operations); any other is 'other'.
 */
export class OperationLabels {
  private readonly known = new Set<string>();

  constructor(private readonly max = 200) {}

  /** The label of a request: its validated operation name, 'anonymous', 'other', or 'unknown' before validation. */
  of(validatedName: string | undefined): string {
    if (validatedName === undefined) return 'unknown';
    if (this.known.has(validatedName)) return validatedName;
    if (this.known.size >= this.max || validatedName.length > 64) return 'other';
    this.known.add(validatedName);
    return validatedName;
  }
}
