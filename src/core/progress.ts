/**
 * How far a long job is, for the task pane's bar: `done` of `total` units (a review's projects, a
 * comparison's programs, a cleanup's cells), told as the job goes, done never going back and the last
 * call with done = total. Optional everywhere: a job that is not asked says nothing and costs nothing.
 */
export type Progress = (done: number, total: number) => void;
