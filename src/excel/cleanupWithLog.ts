/** The cleanup-with-log contract lives in core (src/core/cleanup/withLog.ts); re-exported for src/excel. */
export * from "../core/cleanup/withLog";
