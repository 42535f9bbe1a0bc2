/**
 * `ldn`: the command-line face of LDN Atlas. Commands translate arguments into
 * calls on the domain core and print text or, with --json, JSON on stdout.
 */
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { exitWithError } from './output.js';

const program = new Command('ldn')
  .description(
    'LDN Atlas: evidence, claims, planning and n-of-1 trials for low-dose naltrexone.\nLDN is used off-label; this tool is not medical advice.',
  )
  .showHelpAfterError()
  .exitOverride();

for (const register of COMMANDS) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version exit 0; usage mistakes exit 2.
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  exitWithError(error);
}
