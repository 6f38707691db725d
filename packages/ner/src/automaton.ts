/** One match of the automaton: `end` is exclusive, in the folded (space-free) key stream. */
export interface AutomatonHit {
  start: number;
  end: number;
  pattern: number;
}

/**
 * An Aho–Corasick automaton over UTF-16 code units. All patterns are matched in one pass;
 * every occurrence (overlapping ones included) is reported.
 */
export class Automaton {
  private readonly goto: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending at a state (own outputs). */
  private readonly out: number[][] = [[]];
  /** Nearest state on the failure chain with outputs (-1 = none). */
  private dictLink: number[] = [-1];
  private readonly lengths: number[] = [];
  private built = false;

  /** Adds a key; returns its pattern index. */
  add(key: string): number {
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      const g = this.goto[s] as Map<number, number>;
      let n = g.get(c);
      if (n === undefined) {
        n = this.goto.length;
        this.goto.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        g.set(c, n);
      }
      s = n;
    }
    const p = this.lengths.length;
    this.lengths.push(key.length);
    (this.out[s] as number[]).push(p);
    this.built = false;
    return p;
  }

  private build(): void {
    const queue: number[] = [];
    this.dictLink = new Array<number>(this.goto.length).fill(-1);
    for (const n of (this.goto[0] as Map<number, number>).values()) {
      this.fail[n] = 0;
      queue.push(n);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi] as number;
      for (const [c, n] of this.goto[s] as Map<number, number>) {
        let f = this.fail[s] as number;
        while (f !== 0 && !(this.goto[f] as Map<number, number>).has(c)) f = this.fail[f] as number;
        const t = (this.goto[f] as Map<number, number>).get(c);
        const fn = t !== undefined && t !== n ? t : 0;
        this.fail[n] = fn;
        this.dictLink[n] = (this.out[fn] as number[]).length > 0 ? fn : (this.dictLink[fn] as number);
        queue.push(n);
      }
    }
    this.built = true;
  }

  /** Every occurrence of every pattern in `units` (an array of code units). */
  search(units: ArrayLike<number>): AutomatonHit[] {
    if (!this.built) this.build();
    const hits: AutomatonHit[] = [];
    let s = 0;
    for (let i = 0; i < units.length; i++) {
      const c = units[i] as number;
      while (s !== 0 && !(this.goto[s] as Map<number, number>).has(c)) s = this.fail[s] as number;
      s = (this.goto[s] as Map<number, number>).get(c) ?? 0;
      for (let t = s; t !== -1; t = this.dictLink[t] as number) {
        for (const p of this.out[t] as number[]) {
          hits.push({ start: i + 1 - (this.lengths[p] as number), end: i + 1, pattern: p });
        }
        if (t === 0) break;
      }
    }
    return hits;
  }
}
