using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;

namespace Karsa.Monitoring.Tests.Indicators;

public class CatalogueTests
{
    private static readonly IndicatorCatalogue Shipped = IndicatorCatalogue.Shipped;

    [Fact]
    public void U4ssc_has_the_91_kpis_in_3_dimensions_7_sub_dimensions_and_22_categories_of_the_itu_collection()
    {
        var u4ssc = Shipped.Framework(IndicatorFramework.U4ssc)!;
        var dimensions = u4ssc.Groups.Where(g => g.Parent is null).Select(g => g.Code).ToList();
        var subDimensions = u4ssc.Groups.Where(g => g.Parent is { } p && dimensions.Contains(p)).ToList();
        var categories = u4ssc.Groups.Where(g => u4ssc.Entries.Any(e => e.Group == g.Code)).Select(g => g.Name.In(Language.English)).Distinct().ToList();

        Assert.Equal(91, u4ssc.Entries.Count);
        Assert.True(u4ssc.IsComplete);
        Assert.Equal(["EC", "EN", "SC"], dimensions);
        Assert.Equal(7, subDimensions.Count);
        Assert.Equal(22, categories.Count);
        Assert.All(u4ssc.Entries, e => Assert.Equal(e.Code.EndsWith('C') ? IndicatorKind.Core : IndicatorKind.Advanced, e.Kind));
        Assert.Equal(91, u4ssc.OfKind(IndicatorKind.Core).Count + u4ssc.OfKind(IndicatorKind.Advanced).Count);
    }

    [Fact]
    public void Lookup_by_code_and_theme_follows_the_group_tree()
    {
        var internet = Shipped.Find(IndicatorFramework.U4ssc, "EC: ICT: ICT: 1C")!;

        Assert.Equal("Household Internet Access", internet.Title.In(Language.English));
        Assert.Equal(IndicatorKind.Core, internet.Kind);
        Assert.Equal(5, Shipped.InTheme(IndicatorFramework.U4ssc, "EC: ICT: ICT").Count);
        Assert.Equal(17 + 7 + 21, Shipped.InTheme(IndicatorFramework.U4ssc, "EC").Count); // ICT 17, productivity 7, infrastructure 21
        Assert.Equal("SC: EH: H", Shipped.Find(IndicatorFramework.U4ssc, "SC: EH: ED: 5A")!.Group); // ITU files e-health records under Health
        Assert.Null(Shipped.Find(IndicatorFramework.U4ssc, "EC: ICT: ICT: 9C"));
    }

    [Fact]
    public void Spbe_has_4_domains_8_aspects_and_47_indicators_numbered_in_aspect_order()
    {
        var spbe = Shipped.Framework(IndicatorFramework.Spbe)!;

        Assert.Equal(47, spbe.Entries.Count);
        Assert.Equal(["D1", "D2", "D3", "D4"], spbe.Groups.Where(g => g.Parent is null).Select(g => g.Code));
        // Per aspect, from KemenPANRB's briefing on PermenPANRB 59/2020: 10, 4, 4, 2, 8, 3, 10, 6.
        Assert.Equal([10, 4, 4, 2, 8, 3, 10, 6], Enumerable.Range(1, 8).Select(a => spbe.InGroup($"A{a}").Count));
        Assert.Equal([10, 10, 11, 16], Enumerable.Range(1, 4).Select(d => spbe.InGroup($"D{d}").Count));
        Assert.Equal(Enumerable.Range(1, 47).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), spbe.Entries.Select(e => e.Code));
        Assert.All(spbe.Entries, e => Assert.Equal(IndicatorKind.Maturity, e.Kind));
    }

    [Fact]
    public void Spbe_titles_checked_against_the_public_listings_are_marked_verified_and_the_rest_are_not()
    {
        var spbe = Shipped.Framework(IndicatorFramework.Spbe)!;
        var verified = spbe.Entries.Where(e => e.TitleVerified).Select(e => int.Parse(e.Code, System.Globalization.CultureInfo.InvariantCulture));

        // Domain 1 (Kutai Timur listing, indicators 1-8) and domain 4 (Purbalingga listing, indicators 32-47); see the data file's header.
        Assert.Equal([.. Enumerable.Range(1, 8), .. Enumerable.Range(32, 16)], verified);
        Assert.Equal(("Layanan Kearsipan", "Jaringan Dokumentasi dan Informasi Hukum"), (spbe.Find("37")!.Title.Indonesian, spbe.Find("44")!.Title.Indonesian));
    }

    [Theory]
    [InlineData(IndicatorFramework.Iso37120, 104)]
    [InlineData(IndicatorFramework.Iso37122, 80)]
    [InlineData(IndicatorFramework.Iso37123, 68)]
    public void Iso_catalogues_ship_the_19_themes_as_clauses_5_to_23_and_declare_the_edition_count(IndicatorFramework framework, int declared)
    {
        var iso = Shipped.Framework(framework)!;

        Assert.Equal(Enumerable.Range(5, 19).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)), iso.Groups.Select(g => g.Code));
        Assert.Equal("Economy", iso.Group("5")!.Name.In(Language.English));
        Assert.Equal("Water", iso.Group("23")!.Name.In(Language.English));
        Assert.Equal(declared, iso.DeclaredCount);
        Assert.Empty(iso.Entries); // copyrighted and not verifiable here: loaded from the user's definitions file
        Assert.False(iso.IsComplete);
    }

    [Fact]
    public void Definitions_merge_into_a_new_catalogue_and_leave_the_shipped_one_as_it_was()
    {
        var definitions = new[]
        {
            new IndicatorDefinition(IndicatorFramework.U4ssc, "EC: ICT: ICT: 1C", new LocalizedText("Akses internet rumah tangga", "Household Internet Access"), Unit: "%"),
            new IndicatorDefinition(IndicatorFramework.Iso37120, "5.1", new LocalizedText("Tingkat pengangguran"), Kind: IndicatorKind.Core, Theme: "5"),
        };

        var merged = Shipped.WithDefinitions(definitions);

        Assert.Equal("%", merged.DefinitionOf(IndicatorFramework.U4ssc, "EC: ICT: ICT: 1C")!.Unit);
        Assert.Equal(IndicatorKind.Core, merged.Find(IndicatorFramework.Iso37120, "5.1")!.Kind);
        Assert.Single(merged.InTheme(IndicatorFramework.Iso37120, "5"));
        Assert.Null(Shipped.DefinitionOf(IndicatorFramework.U4ssc, "EC: ICT: ICT: 1C"));
        Assert.Null(Shipped.Find(IndicatorFramework.Iso37120, "5.1"));
    }

    [Theory]
    [InlineData(IndicatorFramework.U4ssc, "EC: ICT: ICT: 9C", null, null, "KRS120")]   // not in a complete catalogue
    [InlineData(IndicatorFramework.Iso37120, "5.1", null, null, "KRS120")]          // an ISO code the catalogue lacks, without kind and theme
    [InlineData(IndicatorFramework.Iso37120, "6.1", IndicatorKind.Core, "5", "KRS123")] // clause 6 under theme 5
    [InlineData(IndicatorFramework.Iso37120, "24.1", IndicatorKind.Core, "24", "KRS123")] // no theme 24
    [InlineData(IndicatorFramework.Iso37120, "5.x", IndicatorKind.Core, "5", "KRS123")]
    public void A_definition_the_catalogue_cannot_take_is_refused_with_every_problem(IndicatorFramework framework, string code, IndicatorKind? kind, string? theme, string expected)
    {
        var bad = new IndicatorDefinition(framework, code, new LocalizedText("X"), Kind: kind, Theme: theme);
        var good = new IndicatorDefinition(IndicatorFramework.Spbe, "1", new LocalizedText("Kebijakan Internal Arsitektur SPBE"));

        var refused = Assert.Throws<DomainException>(() => Shipped.WithDefinitions([good, bad]));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((expected, "definitions[1]"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Local_indicators_are_the_plan_s_own()
    {
        var local = Plans.Higher();
        var iso = new Indicator(new IndicatorCode("ISO-1"), new LocalizedText("Pengangguran"), "%", IndicatorFramework.Iso37120, IndicatorDirection.LowerIsBetter, "5.1");

        var catalogue = Shipped.WithLocal([local, iso]);

        var entry = Assert.Single(catalogue.Framework(IndicatorFramework.Local)!.Entries);
        Assert.Equal(("NET-1", IndicatorKind.Local), (entry.Code, entry.Kind));
        Assert.Equal("%", catalogue.DefinitionOf(IndicatorFramework.Local, "NET-1")!.Unit);
        Assert.Null(Shipped.Framework(IndicatorFramework.Local));
    }
}
