/**
 * An undo log. Every change to the workbook model during a sync is recorded here, so a sync that
 * fails can be taken back exactly: wholly (the default, "nothing half-written") or back to the
 * operation that failed (`partialFailure`, as Excel itself leaves the operations before it).
 */
export class Journal {
  private readonly undos: Array<() => void> = [];

  record(undo: () => void): void {
    this.undos.push(undo);
  }

  /** A position to roll back to. */
  mark(): number {
    return this.undos.length;
  }

  rollback(to = 0): void {
    while (this.undos.length > to) this.undos.pop()!();
  }

  /** Sets `target[key]`, remembering the old value. */
  assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
    const old = target[key];
    if (old === value) return;
    target[key] = value;
    this.record(() => {
      target[key] = old;
    });
  }

  mapSet<K, V>(map: Map<K, V>, key: K, value: V | undefined): void {
    const had = map.has(key);
    const old = map.get(key);
    if (value === undefined) {
      if (!had) return;
      map.delete(key);
    } else {
      map.set(key, value);
    }
    this.record(() => {
      if (had) map.set(key, old as V);
      else map.delete(key);
    });
  }

  setAdd<T>(set: Set<T>, value: T, present: boolean): void {
    if (set.has(value) === present) return;
    if (present) set.add(value);
    else set.delete(value);
    this.record(() => {
      if (present) set.delete(value);
      else set.add(value);
    });
  }

  arraySplice<T>(array: T[], start: number, deleteCount: number, ...items: T[]): void {
    const removed = array.splice(start, deleteCount, ...items);
    this.record(() => {
      array.splice(start, items.length, ...removed);
    });
  }
}
