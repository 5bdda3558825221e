using Karsa.Documents.Roadmap;
using Karsa.Domain.Primitives;
using Karsa.Planning.Roadmaps;

namespace Karsa.Cli.Composition;

/// <summary>Hands the planner's roadmap to the book as the book's own view of it (a mapping, no rules).</summary>
internal static class BookRoadmaps
{
    public static BookRoadmap From(Roadmap roadmap, Language language) => new(
        roadmap.View,
        roadmap.Programmes.ToDictionary(e => e.Code, e => e.ReasonsIn(language)),
        roadmap.ProvenOptimal,
        (decimal)roadmap.Objective);
}
