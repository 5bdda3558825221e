using Microsoft.Playwright;

namespace Karsa.EndToEnd.Support;

/// <summary>
/// Browser scenarios written before their pages were merged: they skip, saying which page and branch
/// they wait for, while the page answers 404, and run as soon as it exists.
/// </summary>
public static class Pending
{
    /// <summary>The reason of scenarios that wait for the roadmap pages (branch web-jobs), whose labels are not known yet.</summary>
    public const string RoadmapPages =
        "Waits for the roadmap pages (/wilayah/{region}/peta-jalan, branch web-jobs): after merging, align the labels in Pages/Roadmap.cs with them and remove this Skip.";

    /// <summary>Skips when <paramref name="answer"/> is a 404: <paramref name="page"/> of <paramref name="branch"/> is not merged yet.</summary>
    public static void SkipWhileMissing(IResponse answer, string page, string branch)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Skip.If(answer.Status == 404, $"{page} (branch {branch}) is not on this branch yet: {answer.Url} answered 404.");
    }
}
