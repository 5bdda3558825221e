using Karsa.Domain.Plans;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Solving;

namespace Karsa.Application.Roadmaps;

/// <summary>The planner as a book needs it: the adopted roadmap when there is one, else a solve without what-ifs.</summary>
internal sealed class BookPlanner(TimeSpan timeLimit, IProgress<UseCaseProgress>? progress)
{
    private readonly RoadmapPlanner _planner = new(new PlannerOptions
    {
        TimeLimit = timeLimit,
        Solver = new SolverSettings { Progress = PlanningMessages.Solver(progress) },
    });

    public Roadmap? Adopted(Masterplan plan, CancellationToken cancellationToken) => _planner.Adopted(plan, cancellationToken);

    public PlanningOutcome Plan(Masterplan plan, CancellationToken cancellationToken) => _planner.Plan(plan, cancellationToken: cancellationToken);
}
