/**
 * Serialises asynchronous executions in submission order, so a connection never interleaves two programs
 * (the hxcomm Stream holds the connection mutex for a program's whole lifetime).
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
