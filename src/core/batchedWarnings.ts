// Unreadable stored records are reported once per batch: every one goes to the log, and one
// notification says how many there are, with Show Log (300 broken records raised 300 toasts).
export interface WarningSink {
  log(message: string): void;
  /** Shows one message; `count` is how many problems it sums up. */
  notify(count: number, first: string): void;
}

export function batchedWarnings(sink: WarningSink, delayMs = 50): { warn(message: string): void; readonly notified: number } {
  let pending: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let notified = 0;
  return {
    warn(message: string) {
      sink.log(message);
      pending.push(message);
      timer ??= setTimeout(() => {
        timer = undefined;
        const batch = pending;
        pending = [];
        notified++;
        sink.notify(batch.length, batch[0]!);
      }, delayMs);
    },
    get notified() {
      return notified;
    },
  };
}
