/**
 * Logging. Library code never prints by default: the root logger is silent and has no transports.
 * A host application (the CLI, a test harness) installs its own logger with `setRootLogger`; existing
 * module loggers follow it because they are resolved lazily on every call site through `moduleLogger`.
 */
import winston from 'winston';

let root: winston.Logger = winston.createLogger({ silent: true, level: 'info' });
const children = new Map<string, winston.Logger>();

/** Replaces the root logger for the whole stack (e.g. with console transports in the CLI). */
export function setRootLogger(logger: winston.Logger): void {
  root = logger;
  children.clear();
}

/** The current root logger. */
export function rootLogger(): winston.Logger {
  return root;
}

/** One child logger per module, tagged `{ module }`. Cheap to call: the child is cached per root. */
export function moduleLogger(module: string): winston.Logger {
  let child = children.get(module);
  if (!child) {
    child = root.child({ module });
    children.set(module, child);
  }
  return child;
}

export type { Logger } from 'winston';
