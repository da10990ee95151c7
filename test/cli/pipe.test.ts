/** `npm run cli -- parse … | head`: a reader that stops early ends the command quietly. */
import { EventEmitter } from "events";
import { quietOnClosedPipe } from "../../src/cli/main";

test("a closed pipe ends the command with code 0 and no stack trace; other write errors still surface", () => {
  const stream = new EventEmitter() as unknown as NodeJS.WriteStream;
  const exits: number[] = [];
  quietOnClosedPipe(stream, (code) => exits.push(code));
  stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
  expect(exits).toEqual([0]);
  expect(() => stream.emit("error", Object.assign(new Error("disk full"), { code: "ENOSPC" }))).toThrow(
    "disk full",
  );
});
