using Karsa.Application.Books;
using Karsa.Documents.Roadmap;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Planning.Roadmaps;

namespace Karsa.Documents.Tests;

/// <summary>The repository's Karanganyar sample plan file, and a roadmap for it as the planner finds it.</summary>
internal static class SamplePlan
{
    private static readonly Lazy<Masterplan> Plan = new(() =>
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Karsa.sln")))
        {
            folder = folder.Parent;
        }

        var read = PlanReader.ReadFile(Path.Combine(folder!.FullName, "samples", "karanganyar", "masterplan.yaml"));
        return read.Plan ?? throw new InvalidOperationException("the sample does not read");
    });

    private static readonly Lazy<BookRoadmap> Roadmap = new(() => Solved(Plan.Value));

    /// <summary><c>samples/karanganyar/masterplan.yaml</c>, read once.</summary>
    public static Masterplan Value => Plan.Value;

    /// <summary>The sample's roadmap as <see cref="Solved"/> finds it, solved once for every test that needs it.</summary>
    public static BookRoadmap SolvedRoadmap => Roadmap.Value;

    /// <summary>
    /// The roadmap the planner finds for <paramref name="plan"/> within 10 s (optimal or not), as the
    /// book shows it after adoption: through the same mapping the book use case uses.
    /// </summary>
    public static BookRoadmap Solved(Masterplan plan) =>
        RenderBook.BookRoadmapOf(new RoadmapPlanner(new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(10) }).Plan(plan).Value, Language.Indonesian);
}
