/**
 * The command line: `npm run --silent cli -- <command> …`. Errors the user can fix are printed as one
 * clear line in Chinese and English with exit code 2; never a stack trace.
 */
import { commands } from "./commands";
import { UserError, type CliCommand, type CliIO } from "./io";
import { ENGINE_NAME, ENGINE_NAME_EN, ENGINE_VERSION } from "../core/version";

function help(io: CliIO): void {
  io.stdout(
    `${ENGINE_NAME} ${ENGINE_NAME_EN} ${ENGINE_VERSION}\n\n用法 Usage: npm run --silent cli -- <命令 command> …\n\n`,
  );
  for (const c of commands) io.stdout(`  ${c.usage}\n      ${c.summary.zh}\n      ${c.summary.en}\n`);
}

/** One command's help: its usage and what it does. */
function commandHelp(command: CliCommand, io: CliIO): void {
  io.stdout(
    `用法 Usage: npm run --silent cli -- ${command.usage}\n\n${command.summary.zh}\n${command.summary.en}\n`,
  );
}

const HELP_FLAGS = new Set(["--help", "-h", "-?", "/?"]);

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  // `help parse` is `parse --help`.
  const asked = name === "help" ? commands.find((c) => c.name === rest[0]) : undefined;
  if (asked) {
    commandHelp(asked, io);
    return 0;
  }
  if (!name || name === "help" || HELP_FLAGS.has(name)) {
    help(io);
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${ENGINE_VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`不认识的命令：${name}。可用命令：${commands.map((c) => c.name).join(", ")}\n`);
    io.stderr(`Unknown command: ${name}. Commands: ${commands.map((c) => c.name).join(", ")}\n`);
    return 2;
  }
  if (rest.some((a) => HELP_FLAGS.has(a))) {
    commandHelp(command, io);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UserError) {
      io.stderr(`错误：${e.zh}\nError: ${e.en}\n`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(`内部错误，请将此信息反馈给开发者：${msg}\nInternal error, please report: ${msg}\n`);
    return 1;
  }
}

/**
 * Output piped into a reader that stops early (`… | head`) closes the pipe: that is the reader's choice,
 * not an error — the command ends quietly, without a stack trace.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream, exit: (code: number) => void): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") exit(0);
    else throw e;
  });
}

if (require.main === module) {
  quietOnClosedPipe(process.stdout, (code) => process.exit(code));
  const io: CliIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 1;
    },
  );
}
