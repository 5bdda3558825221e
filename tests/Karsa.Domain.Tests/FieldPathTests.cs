using Karsa.Domain.Agencies;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Domain.Regions;

namespace Karsa.Domain.Tests;

/// <summary>A part's constructor names the field of the problem it throws, relative to the part.</summary>
public sealed class FieldPathTests
{
    private static readonly RegionCode Karanganyar = new("33.13");

    public static TheoryData<string, string, string> Refusals { get; } = new()
    {
        { "programme duration", "KRS016", "duration" },
        { "programme window", "KRS035", "start" },
        { "programme costs", "KRS037", "costs.2023.apbd" },
        { "programme self dependency", "KRS038", "dependsOn" },
        { "programme duplicate dependency", "KRS006", "dependsOn" },
        { "dependency lag", "KRS016", "lag" },
        { "agency name", "KRS007", "name" },
        { "agency capacity", "KRS016", "capacity" },
        { "indicator unit", "KRS007", "unit" },
        { "swot text", "KRS007", "text" },
        { "criterion weight", "KRS016", "weight" },
        { "pairwise ratio", "KRS016", "ratio" },
        { "pairwise same criterion", "KRS045", "less" },
        { "period", "KRS015", "last" },
        { "scenario name", "KRS011", "name" },
        { "ceiling scale factor", "KRS016", "factor" },
        { "text", "KRS007", "id" },
        { "region code", "KRS010", "code" },
        { "region name", "KRS007", "name" },
        { "region district", "KRS043", "districts[1].code" },
        { "region population", "KRS016", "population.value" },
        { "region area", "KRS016", "areaKm2.value" },
        { "cost amount", "KRS013", string.Empty },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refusal_names_its_field(string part, string code, string path)
    {
        var problem = Assert.Single(Assert.Throws<DomainException>(() => Make(part)).Problems);

        Assert.Equal((code, path), (problem.Code, problem.Path));
    }

    [Theory]
    [InlineData("duration", "programmes[3]", "programmes[3].duration")]
    [InlineData("", "budget.2025.apbd", "budget.2025.apbd")]
    [InlineData("[2].id", "missions", "missions[2].id")]
    [InlineData("code", "", "code")]
    public void Within_places_a_relative_path_under_its_parent(string relative, string parent, string expected)
    {
        var problem = Problems.EmptyText().Under(relative);

        Assert.Equal(expected, problem.Within(parent).Path);
    }

    private static object Make(string part)
    {
        var p1 = new ProgrammeCode("P-1");
        var year = new FiscalYear(2023);
        Programme Programme(int duration = 1, FiscalYear? earliest = null, FiscalYear? latest = null, ValueList<CostLine> costs = default, ValueList<Dependency> dependsOn = default) =>
            new(p1, "P", Dimension.Governance, new ElementCode("public-service"), new AgencyCode("A"), duration, costs, earliestStart: earliest, latestStart: latest, dependsOn: dependsOn);
        Region Region(string name = "Karanganyar", Measured<long>? population = null, Measured<decimal>? area = null, params string[] districts) =>
            new(Karanganyar, name, RegionKind.Kabupaten, "Jawa Tengah", districts.Select(d => new District(new RegionCode(d), d)).ToValueList(), population, area);
        return part switch
        {
            "programme duration" => Programme(duration: 31),
            "programme window" => Programme(earliest: new FiscalYear(2025), latest: year),
            "programme costs" => Programme(costs: [new CostLine(year, FundingSource.Apbd, new Rupiah(1)), new CostLine(year, FundingSource.Apbd, new Rupiah(2))]),
            "programme self dependency" => Programme(dependsOn: [new Dependency(p1)]),
            "programme duplicate dependency" => Programme(dependsOn: [new Dependency(new ProgrammeCode("P-2")), new Dependency(new ProgrammeCode("P-2"))]),
            "dependency lag" => new Dependency(p1, 21),
            "agency name" => new Agency(new AgencyCode("A"), " ", AgencyKind.Dinas),
            "agency capacity" => new Agency(new AgencyCode("A"), "Dinas", AgencyKind.Dinas, 0),
            "indicator unit" => new Indicator(new IndicatorCode("I"), "Indikator", "", IndicatorFramework.Local, IndicatorDirection.HigherIsBetter),
            "swot text" => new SwotItem(SwotKind.Strength, "\n"),
            "criterion weight" => new Criterion(new CriterionCode("c"), "Kriteria", -0.1m),
            "pairwise ratio" => new PairwiseComparison(new CriterionCode("a"), new CriterionCode("b"), 10),
            "pairwise same criterion" => new PairwiseComparison(new CriterionCode("a"), new CriterionCode("a"), 2),
            "period" => new PlanPeriod(new FiscalYear(2030), year),
            "scenario name" => new Scenario("bukan kode"),
            "ceiling scale factor" => new CeilingScale(101),
            "text" => new LocalizedText(" ", "English"),
            "region code" => new Region(new RegionCode("33"), "Jawa Tengah", RegionKind.Kabupaten, "Jawa Tengah", default),
            "region name" => Region(name: ""),
            "region district" => Region(districts: ["33.13.01", "33.14.01"]),
            "region population" => Region(population: new Measured<long>(0, year)),
            "region area" => Region(area: new Measured<decimal>(-1, year)),
            _ => new CostLine(year, FundingSource.Apbd, new Rupiah(-1)),
        };
    }
}
