/**
 * fast-check's seed: fixed under CI, so the gate replays exactly the runs checked before a submission;
 * fresh everywhere else, so local runs keep exploring. A failure prints its seed either way, and a
 * property's own `seed` still wins.
 */
import fc from "fast-check";

if (process.env.CI) fc.configureGlobal({ seed: 20261201 });
