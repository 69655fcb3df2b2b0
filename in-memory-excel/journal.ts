/**
 * What takes back one change of its own from four recorded values: for the changes made by the
 * million (cells), which would otherwise cost a closure each.
 */
export interface CompactUndo {
  undoChange(a: number, b: number, c: unknown, d: boolean): void;
}

/**
 * An undo log. Every change to the workbook model during a sync is recorded here, so a sync that
 * fails can be taken back exactly: wholly (the default, "nothing half-written") or back to the
 * operation that failed (`partialFailure`, as Excel itself leaves the operations before it).
 */
export class Journal {
  /**
   * Undos in order: a function, or the four values of a compact undo followed by its owner (an
   * object, never a function, so a rollback walking back can tell them apart).
   */
  private readonly undos: unknown[] = [];
  /**
   * Changes whenever the model may have changed (a change recorded, or one undone), never to a
   * value it had before: what was worked out from the model at one version holds while it stays.
   */
  version = 0;

  /** `keepUndo` false: a journal for changes that are never taken back (opening a workbook). */
  constructor(private readonly keepUndo = true) {}

  record(undo: () => void): void {
    this.version += 1;
    if (this.keepUndo) this.undos.push(undo);
  }

  /** Records `owner.undoChange(a, b, c, d)` as the undo. */
  recordCompact(owner: CompactUndo, a: number, b: number, c: unknown, d: boolean): void {
    this.version += 1;
    if (this.keepUndo) this.undos.push(a, b, c, d, owner);
  }

  /** A position to roll back to. */
  mark(): number {
    return this.undos.length;
  }

  rollback(to = 0): void {
    if (!this.keepUndo) throw new Error('This journal keeps no undo.');
    this.version += 1;
    const undos = this.undos;
    while (undos.length > to) {
      const last = undos.pop();
      if (typeof last === 'function') {
        (last as () => void)();
      } else {
        const d = undos.pop() as boolean;
        const c = undos.pop();
        const b = undos.pop() as number;
        const a = undos.pop() as number;
        (last as CompactUndo).undoChange(a, b, c, d);
      }
    }
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
