using System.Diagnostics;
using Google.OrTools.Sat;
using Karsa.Planning.Formulation;

namespace Karsa.Planning.Solving;

/// <summary>
/// Large-neighbourhood search around the incumbent: each step frees a few dozen items
/// (<see cref="Neighbourhoods"/>), fixes every other item to its incumbent start, and lets a
/// one-thread CP-SAT solve that small problem, keeping what improves. On these time-indexed models
/// CP-SAT's whole-problem search improves its incumbent slowly; small sub-problems close fast.
/// </summary>
/// <remarks>
/// Each worker runs its own chain of steps for an epoch, all chains starting from the same incumbent;
/// after the epoch the best chain's schedule (the first in worker order on ties) becomes everyone's
/// incumbent. Chains never wait for each other within an epoch and each is seeded from the run's
/// seed, epoch and worker. In deterministic runs an epoch is a slice of each chain's deterministic
/// time, so a run repeats for the same seed; otherwise it is a slice of wall-clock time, which all
/// chains end together, so none idles while a slower one finishes. In each chain, each kind of
/// neighbourhood has its own size, which grows while that kind's steps are solved to optimality and
/// shrinks while they are not (kinds differ in how large a neighbourhood one thread can close), and the
/// chain draws the kind of each step by how often that kind improved lately (adaptive LNS); sizes and
/// scores carry over from epoch to epoch.
/// </remarks>
internal sealed class NeighbourhoodSearch(PlanningProblem problem, LinearForm form, IReadOnlyList<LinearRow> cuts, Neighbourhoods neighbourhoods, SolverSettings settings)
{
    /// <summary>Deterministic seconds one step may take.</summary>
    private const double StepDeterministicSeconds = 0.25;

    /// <summary>Seconds each chain runs between synchronisations: deterministic seconds in deterministic runs, else wall-clock seconds.</summary>
    private const double EpochSeconds = 1;

    /// <summary>The smallest neighbourhood, in items.</summary>
    private const int MinSize = 8;

    /// <summary>
    /// The first size of every kind of neighbourhood, in items (a tenth of the items when that is more):
    /// about what one thread closes on these models, so small plans reach a whole-plan step, which
    /// proves optimality, after a few steps of each kind.
    /// </summary>
    private const int FirstSize = 30;

    /// <summary>Deterministic seconds spent so far, summed over the chains.</summary>
    public double DeterministicUsed { get; private set; }

    /// <summary>True when a step freed every item and was solved to optimality: the incumbent is optimal.</summary>
    public bool ProvenOptimal { get; private set; }

    /// <summary>
    /// Improves <paramref name="incumbent"/> until <paramref name="secondsLeft"/> (wall clock) or
    /// <paramref name="deterministicBudget"/> runs out; <paramref name="offer"/> gets every improvement.
    /// On cancellation every chain stops its step and <see cref="OperationCanceledException"/> is
    /// thrown once all have returned.
    /// </summary>
    public Schedule Improve(Schedule incumbent, Func<double> secondsLeft, double deterministicBudget, Action<Schedule> offer, CancellationToken cancellationToken)
    {
        var workers = Math.Max(1, settings.Workers);
        var value = incumbent.Value(problem);
        var firstSize = Math.Min(problem.Items.Count, Math.Max(FirstSize, problem.Items.Count / 10));
        var sizes = Enumerable.Range(0, workers).Select(_ => Enumerable.Repeat(firstSize, Neighbourhoods.Kinds).ToArray()).ToArray();
        var scores = Enumerable.Range(0, workers).Select(_ => Enumerable.Repeat(0.5, Neighbourhoods.Kinds).ToArray()).ToArray();
        for (var epoch = 0; secondsLeft() > 0.05 && deterministicBudget - DeterministicUsed > 0.01 && !ProvenOptimal; epoch++)
        {
            // Deterministic runs end an epoch on each chain's deterministic time, so they repeat; other runs
            // end it on the wall clock, so no worker idles while a slower one finishes its slice.
            var share = (deterministicBudget - DeterministicUsed) / workers;
            var slice = settings.Deterministic ? Math.Min(EpochSeconds, share) : share;
            var epochLeft = settings.Deterministic ? secondsLeft : WithinEpoch(secondsLeft);
            var start = incumbent;
            var chains = Enumerable.Range(0, workers)
                .Select(w => new Chain(this, NewRandom(epoch, w), sizes[w], scores[w]))
                .Select(chain => Task.Run(() => chain.Run(start, slice, epochLeft, cancellationToken), cancellationToken))
                .ToArray();

            // WaitAll returns once every chain has ended, so none runs on after a cancellation.
            try
            {
                Task.WaitAll(chains, CancellationToken.None);
            }
            catch (AggregateException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }

            for (var w = 0; w < workers; w++)
            {
                var chain = chains[w].Result;
                DeterministicUsed += chain.DeterministicUsed;
                ProvenOptimal |= chain.ProvenOptimal;
                if (chain.BestValue > value)
                {
                    (incumbent, value) = (chain.Best, chain.BestValue);
                    offer(incumbent);
                }
            }
        }

        return incumbent;
    }

    private PlanningProblem Problem => problem;

    /// <summary>The wall-clock seconds left in an epoch that starts now (at most <paramref name="secondsLeft"/>).</summary>
    private static Func<double> WithinEpoch(Func<double> secondsLeft)
    {
        var watch = Stopwatch.StartNew();
        return () => Math.Min(secondsLeft(), EpochSeconds - watch.Elapsed.TotalSeconds);
    }

    private HashSet<int> Pick(int kind, int size, Schedule incumbent, Random random) => neighbourhoods.Pick(kind, size, incumbent, random);

    // Not HashCode.Combine: it is seeded per process, and a run must repeat for the same seed.
    private Random NewRandom(int epoch, int worker) => new(unchecked((settings.Seed * 1_000_003) + (epoch * 7919) + worker));

    /// <summary>One worker's sequence of steps within an epoch.</summary>
    private sealed class Chain(NeighbourhoodSearch search, Random random, int[] sizes, double[] scores)
    {
        public Schedule Best { get; private set; } = null!;

        public long BestValue { get; private set; }

        public double DeterministicUsed { get; private set; }

        public bool ProvenOptimal { get; private set; }

        /// <summary>How much of a kind's score carries over to the next step; the rest is 1 when the step improved, else 0.</summary>
        private const double ScoreMemory = 0.8;

        /// <summary>Added to every score when drawing, so no kind is ever left out.</summary>
        private const double ScoreFloor = 0.1;

        /// <summary>The next kind of neighbourhood, drawn by recent success (adaptive LNS).</summary>
        private int NextKind() => WeightedDraw.Index([.. scores.Select(x => x + ScoreFloor)], random);

        public Chain Run(Schedule start, double slice, Func<double> secondsLeft, CancellationToken cancellationToken)
        {
            var problem = search.Problem;
            (Best, BestValue) = (start, start.Value(problem));
            while (DeterministicUsed < slice && secondsLeft() > 0.05 && !ProvenOptimal)
            {
                var kind = NextKind();
                var before = BestValue;
                var size = sizes[kind];
                var free = search.Pick(kind, size, Best, random);
                var outcome = search.Solve(free, Best, random.Next(), secondsLeft(), Math.Min(StepDeterministicSeconds, slice - DeterministicUsed + 0.01), cancellationToken);
                DeterministicUsed += outcome.DeterministicTime;
                var closed = outcome.Status is CpSolverStatus.Optimal or CpSolverStatus.Infeasible;
                ProvenOptimal |= outcome.Status == CpSolverStatus.Optimal && free.Count == problem.Items.Count;
                if (outcome.Schedule is { } found && found.Value(problem) is var foundValue && foundValue > BestValue)
                {
                    (Best, BestValue) = (found, foundValue);
                }

                scores[kind] = (ScoreMemory * scores[kind]) + (BestValue > before ? 1 - ScoreMemory : 0);
                var change = Math.Max(1, size / 5);
                sizes[kind] = closed ? Math.Min(problem.Items.Count, size + change) : Math.Max(MinSize, size - change);
            }

            return this;
        }
    }

    /// <summary>CP-SAT on the problem with every item outside <paramref name="free"/> fixed to <paramref name="incumbent"/>.</summary>
    private CpSatPhase.Outcome Solve(HashSet<int> free, Schedule incumbent, int seed, double seconds, double deterministic, CancellationToken cancellationToken)
    {
        var fixings = new bool?[form.Columns.Count];
        for (var j = 0; j < fixings.Length; j++)
        {
            var (item, start) = form.Columns[j];
            fixings[j] = free.Contains(item) ? null : incumbent.Starts[item] == start;
        }

        var model = new RoadmapModel(form, cuts, fixings);
        model.Hint(incumbent);
        var stepSettings = settings with { Workers = 1, Seed = seed, Deterministic = true, Progress = null };
        return CpSatPhase.Run(model, stepSettings, seconds, deterministic, report: null, cancellationToken);
    }
}
