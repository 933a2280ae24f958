using PaperGraph.Cli;
using PaperGraph.Cli.Infrastructure;

using var interruption = Interruption.Register();
return PaperGraphApp.Run(args, Console.Out, Console.Error, interruption);
