using System.CommandLine;
using NarrativeLint.Cli;

return CommandLine.Build().Parse(args).Invoke();
