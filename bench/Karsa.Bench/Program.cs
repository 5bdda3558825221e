using Karsa.Bench;

// Solver quality benchmarks (not timed tests). Usage:
//   mkp FILE [--seconds S] [--instances N] [--deterministic] [--workers W]
//   synthetic [--sizes 50,300,1000] [--seconds 10,10,30] [--seed 1] [--deterministic] [--workers W] [--params P]
//   sample FILE [--seconds 10] [--portfolio] [--workers W]   (a plan file, planned as `karsa roadmap` does)
//   cancel [--programmes 1000] [--after 1,2,5,10] [--seconds 600] [--portfolio]   (cancellation latency)
var arguments = new BenchArguments(args);
return arguments.Command switch
{
    "mkp" => MkpRun.Run(arguments),
    "synthetic" => SyntheticRun.Run(arguments),
    "sample" => SampleRun.Run(arguments),
    "cancel" => CancelRun.Run(arguments),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Karsa.Bench mkp FILE [--seconds S] [--instances N] [--deterministic] [--workers W]");
    Console.Error.WriteLine("       Karsa.Bench synthetic [--sizes 50,300,1000] [--seconds 10,10,30] [--seed 1] [--deterministic]");
    Console.Error.WriteLine("       Karsa.Bench sample FILE [--seconds 10] [--portfolio] [--workers W]");
    Console.Error.WriteLine("       Karsa.Bench cancel [--programmes 1000] [--after 1,2,5,10] [--seconds 600] [--portfolio]");
    return 2;
}
