using System.CommandLine;
using NarrativeLint.Cli;

var parsed = CommandLine.Build().Parse(args);
var exitCode = parsed.Invoke();
// A command line that does not parse (unknown option or --format value) is a usage error: exit code 2, as CI expects.
return parsed.Errors.Count > 0 ? ExitCodes.Usage : exitCode;
