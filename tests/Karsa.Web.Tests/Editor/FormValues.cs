using Karsa.Application.Plans;
using Karsa.Application.Roadmaps;
using Karsa.Planning.Roadmaps;

namespace Karsa.Web.Tests.Editor;

/// <summary>What a browser reads of a form (its values, multiple choices and notices), and publishing the region's draft.</summary>
internal static class FormValues
{
    /// <summary>The values of the form's text inputs, selects and text areas, as a browser would post them unchanged.</summary>
    public static Dictionary<string, string> Shown(this EditorForm form) =>
        form.Page.QuerySelectorAll("main form input[name]:not([type=hidden]):not([type=checkbox]), main form select[name], main form textarea[name]")
            .Select(e => e.GetAttribute("name")!).Distinct().ToDictionary(n => n, n => form.Value(n) ?? string.Empty);

    /// <summary>The values of the ticked checkboxes named <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> Ticked(this EditorForm form, string name) =>
        [.. form.Page.QuerySelectorAll($"input[type=checkbox][name='{name}'][checked]").Select(i => i.GetAttribute("value")!)];

    /// <summary>The texts of the saved-with-warnings notice's items, each with the link it carries (null when none).</summary>
    public static IReadOnlyList<(string Text, string? Link)> SavedWarnings(this EditorForm form) =>
        [.. form.Page.QuerySelectorAll(".saved-warnings li").Select(li => (li.TextContent.Trim(), li.QuerySelector("a")?.GetAttribute("href")))];

    /// <summary>Adopts a roadmap for the region's draft and publishes it, so the newest version is frozen.</summary>
    public static async Task PublishAsync(this EditorApp editor)
    {
        var adopted = await PlanRoadmap.RunAsync(new RoadmapRequest
        {
            Source = EditorApp.Region,
            Database = editor.Database.Db,
            Adopt = true,
            Strategy = PlanningStrategy.Greedy,
        });
        Assert.True(adopted.Succeeded, adopted.Error?.Message.English);
        var published = await VersionUseCases.PublishAsync(EditorApp.Region, null, editor.Database.Db);
        Assert.True(published.Succeeded, published.Error?.Message.English);
    }
}
