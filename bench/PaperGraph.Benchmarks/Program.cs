using BenchmarkDotNet.Running;

if (args is ["huge-abstract", .. var rest])
{
    return PaperGraph.Benchmarks.HugeAbstract.Run(rest);
}
BenchmarkSwitcher.FromAssembly(typeof(PaperGraph.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
return 0;
