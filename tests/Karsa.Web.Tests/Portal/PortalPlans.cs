using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Karsa.Application.Plans;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Regions;
using Karsa.Interchange;
using Karsa.Testing;

namespace Karsa.Web.Tests.Portal;

/// <summary>Plans for the portal tests, stored through the same use cases as the app (import, publish).</summary>
internal static class PortalPlans
{
    /// <summary>A small valid plan of <paramref name="code"/> with an adopted roadmap (so it can be published).</summary>
    public static MasterplanContent Adopted(string code = "33.13", string name = "Karanganyar", string province = "Jawa Tengah", int? cohort = null) =>
        RoadmapPlans.Content() with
        {
            Region = new Region(new RegionCode(code), name, RegionKind.Kabupaten, province, [], cohort: cohort is { } year ? new FiscalYear(year) : null),
            Title = new LocalizedText($"Masterplan Smart City {name}"),
            Roadmap = RoadmapPlans.Feasible(),
        };

    /// <summary>Imports <paramref name="content"/> into its region of <paramref name="database"/>.</summary>
    public static async Task ImportAsync(string database, MasterplanContent content)
    {
        var upload = new PlanUpload(PlanWriter.Write(content, PlanFormat.Yaml), "plan.yaml", PlanFormat.Yaml);
        var imported = await UploadUseCases.ImportAsync(content.Region.Code, upload, database, "uji");
        Assert.True(imported.Succeeded, imported.Error?.Message.English);
    }

    /// <summary>Imports and publishes <paramref name="content"/>.</summary>
    public static async Task PublishAsync(string database, MasterplanContent content)
    {
        await ImportAsync(database, content);
        var published = await VersionUseCases.PublishAsync(content.Region.Code.Value, null, database);
        Assert.True(published.Succeeded, published.Error?.Message.English);
    }

    /// <summary>A page's HTML parsed.</summary>
    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
