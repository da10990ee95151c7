/** What a CLI command may touch: its arguments and three streams. Tests pass fakes. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** A failure the user caused (missing file, no table …): printed as one clear line, exit code 2. */
export class UserError extends Error {
  constructor(
    public readonly zh: string,
    public readonly en: string,
  ) {
    super(`${zh}\n${en}`);
  }
}

export interface CliCommand {
  name: string;
  /** One line for the help text: Chinese first, then English. */
  summary: { zh: string; en: string };
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** Minimal flag parser: --flag value, --flag=value, -o value, boolean flags, positional rest. */
export function parseFlags(
  args: string[],
  spec: { strings?: string[]; booleans?: string[]; aliases?: Record<string, string> },
): { flags: Record<string, string | boolean>; positional: string[] } {
  const flags: Record<string, string | boolean> = {};
  const positional: string[] = [];
  const strings = new Set(spec.strings ?? []);
  const booleans = new Set(spec.booleans ?? []);
  for (let i = 0; i < args.length; i++) {
    const raw = args[i];
    if (!raw.startsWith("-") || raw === "-") {
      positional.push(raw);
      continue;
    }
    let name = raw.replace(/^--?/, "");
    let value: string | undefined;
    const eq = name.indexOf("=");
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    name = spec.aliases?.[name] ?? name;
    if (booleans.has(name)) {
      flags[name] = true;
    } else if (strings.has(name)) {
      if (value === undefined) {
        value = args[++i];
        if (value === undefined)
          throw new UserError(`参数 --${name} 缺少取值。`, `Option --${name} needs a value.`);
      }
      flags[name] = value;
    } else {
      throw new UserError(`不认识的参数：${raw}`, `Unknown option: ${raw}`);
    }
  }
  return { flags, positional };
}

/** The `--lang zh|en` option shared by the commands that write sheets (Chinese by default). */
export function langFlag(value: string | boolean | undefined): "zh" | "en" {
  if (value === undefined || value === "zh") return "zh";
  if (value === "en") return "en";
  throw new UserError(
    `--lang 只能是 zh 或 en，收到“${String(value)}”。`,
    `--lang must be zh or en; got "${String(value)}".`,
  );
}

/** At least one input file, or a clear message with the command's usage. */
export function requireFiles(positional: string[], usage: string): void {
  if (positional.length === 0)
    throw new UserError(
      `请给出至少一个 .xlsx 文件。用法：${usage}`,
      `Give at least one .xlsx file. Usage: ${usage}`,
    );
}

/** The language a command's console lines are printed in: the --lang given, or both (Chinese first) without it. */
export type Voice = "zh" | "en" | "both";

export function voiceFlag(value: string | boolean | undefined): Voice {
  return value === undefined ? "both" : langFlag(value);
}

/** A line in the voice asked for: one language, or both joined by `sep` (a line break, or a space in a line). */
export function say(voice: Voice, zh: string, en: string, sep = "\n"): string {
  return voice === "both" ? `${zh}${sep}${en}` : voice === "zh" ? zh : en;
}
