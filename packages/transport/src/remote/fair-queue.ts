/**
 * Per-user round-robin queue. Each user has a FIFO; `shift` serves users in turn, so one user submitting a
 * thousand programs delays another user's single program by at most one program, not a thousand.
 */
export class FairQueue<T> {
  private readonly queues = new Map<string, T[]>();
  /** Users with queued items, in service order; `cursor` points at the next one to serve. */
  private readonly ring: string[] = [];
  private cursor = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Number of items queued for `user`. */
  sizeOf(user: string): number {
    return this.queues.get(user)?.length ?? 0;
  }

  push(user: string, item: T): void {
    let q = this.queues.get(user);
    if (!q) {
      q = [];
      this.queues.set(user, q);
      // A newly active user joins just before the cursor, i.e. it is served after everyone already waiting.
      this.ring.splice(this.cursor, 0, user);
      this.cursor = (this.cursor + 1) % this.ring.length;
    }
    q.push(item);
    this.count++;
  }

  /** The next item in round-robin order, or undefined when empty. */
  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const user = this.ring[this.cursor]!;
    const q = this.queues.get(user)!;
    const item = q.shift()!;
    this.count--;
    if (q.length === 0) this.dropUser(this.cursor);
    else this.cursor = (this.cursor + 1) % this.ring.length;
    return item;
  }

  /** Removes and returns every item matching `pred`. */
  removeWhere(pred: (item: T) => boolean): T[] {
    const removed: T[] = [];
    for (let i = this.ring.length - 1; i >= 0; i--) {
      const q = this.queues.get(this.ring[i]!)!;
      const keep = q.filter((x) => {
        if (pred(x)) {
          removed.push(x);
          return false;
        }
        return true;
      });
      this.count -= q.length - keep.length;
      if (keep.length === 0) this.dropUser(i);
      else this.queues.set(this.ring[i]!, keep);
    }
    return removed;
  }

  private dropUser(index: number): void {
    this.queues.delete(this.ring[index]!);
    this.ring.splice(index, 1);
    if (index < this.cursor) this.cursor--;
    if (this.cursor >= this.ring.length) this.cursor = 0;
  }
}
