// Offsets to 1-based lines, and a short excerpt of a line for evidence.
export class LineIndex {
  private readonly starts: number[] = [0];
  private last = 0;

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  /** 1-based line of an offset (clamped to the text). */
  lineAt(offset: number): number {
    // Callers mostly ask in document order: try the last answer and the next lines first.
    const starts = this.starts;
    for (let i = this.last, end = Math.min(starts.length, this.last + 4); i < end; i++) {
      if (starts[i]! <= offset && (i + 1 === starts.length || starts[i + 1]! > offset)) {
        this.last = i;
        return i + 1;
      }
    }
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return lo + 1;
  }

  /** Offset of the start of a 1-based line. */
  offsetOf(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const next = this.starts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13 /* \r */) end--;
    return this.text.slice(start, end);
  }

  /** The line, trimmed and cut to `max` characters. */
  excerpt(line: number, max = 80): string {
    const t = this.lineText(line).trim();
    return t.length > max ? t.slice(0, max - 1) + '…' : t;
  }
}
