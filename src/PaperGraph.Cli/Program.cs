using PaperGraph.Cli;

return PaperGraphApp.Run(args, Console.Out, Console.Error);
