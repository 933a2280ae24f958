using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(PaperGraph.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
