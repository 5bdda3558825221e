using Karsa.Documents.Roadmap;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Planning.Roadmaps;

namespace Karsa.Cli.Composition;

/// <summary>Hands the planner's roadmap to the book as the book's own view of it (a mapping, no rules).</summary>
internal static class BookRoadmaps
{
    public static BookRoadmap From(Masterplan plan, Roadmap roadmap, Language language)
    {
        var scheduled = roadmap.Scheduled.ToList();
        return BookRoadmap.FromStarts(
            plan,
            scheduled.ToDictionary(e => e.Code, e => e.Start!.Value),
            scheduled.Where(e => e.QuickWin).Select(e => e.Code).ToHashSet(),
            roadmap.Programmes.ToDictionary(e => e.Code, e => e.ReasonsIn(language)),
            roadmap.ProvenOptimal,
            (decimal)roadmap.Objective);
    }
}
