/** What a command gets besides its arguments, so tests can capture output without a process. */
export type CommandIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
};

/**
 * A command's implementation: takes the arguments after the command name and answers the
 * exit code. Throw UsageError for a bad call or unreadable input (one line, exit 2).
 */
export type CommandRun = (argv: string[], io: CommandIo) => Promise<number>;

export type CommandSpec = {
  name: string;
  /** The synopsis shown by --help, as in the journey-format spec. */
  usage: string;
  summary: string;
  /**
   * Loads the implementation on demand, so `--help` stays fast and one command's heavy
   * imports never slow the others. Absent until the command is implemented.
   */
  load?: () => Promise<CommandRun>;
};

export type CommandRegistry = {
  list(): readonly CommandSpec[];
  find(name: string): CommandSpec | undefined;
};

/** Builds the registry; command names must be unique. */
export function createCommandRegistry(specs: readonly CommandSpec[]): CommandRegistry {
  const byName = new Map<string, CommandSpec>();
  for (const spec of specs) {
    if (byName.has(spec.name)) throw new Error(`command ${spec.name} is registered twice`);
    byName.set(spec.name, spec);
  }
  return {
    list: () => specs,
    find: (name) => byName.get(name),
  };
}
