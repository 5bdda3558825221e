using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Tests;

/// <summary>Helpers to read test text and check positioned diagnostics.</summary>
internal static class Reading
{
    public static PlanReadResult Yaml(string text) => PlanReader.Read(text, PlanFormat.Yaml, "plan.yaml");

    public static PlanReadResult Json(string text) => PlanReader.Read(text, PlanFormat.Json, "plan.json");

    /// <summary>The text of a sample file copied next to the tests.</summary>
    public static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name));

    /// <summary>The path of the published Karanganyar sample, samples/karanganyar/masterplan.yaml of the repository.</summary>
    public static string PublishedSamplePath()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Karsa.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("no Karsa.sln above the test folder"), "samples", "karanganyar", "masterplan.yaml");
    }

    /// <summary>Asserts that exactly one diagnostic with <paramref name="code"/> sits at <paramref name="line"/>:<paramref name="column"/>.</summary>
    public static Diagnostic AssertAt(this PlanReadResult result, string code, int line, int column)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code && d.Location?.Line == line && d.Location.Column == column).ToList();
        Assert.True(matches.Count == 1, $"expected one {code} at {line}:{column}, got:\n{Describe(result)}");
        return matches[0];
    }

    /// <summary>All diagnostics, one per line, for failure messages.</summary>
    public static string Describe(PlanReadResult result) =>
        string.Join("\n", result.Diagnostics.Select(d => d.Format(Language.English)));

    /// <summary>The (code, line, column) of every error.</summary>
    public static List<(string Code, int Line, int Column)> ErrorPlaces(this PlanReadResult result) =>
        [.. result.Errors.Select(e => (e.Code, e.Location!.Line, e.Location.Column))];
}
