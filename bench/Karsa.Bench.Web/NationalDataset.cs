using Karsa.Application.Plans;
using Karsa.Application.Roadmaps;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Regions;
using Karsa.Planning.Benchmarks;
using Karsa.Planning.Roadmaps;
using Karsa.Storage;

namespace Karsa.Bench.Web;

/// <summary>
/// A generated national dataset: <c>count</c> regions with distinct, valid Home Affairs codes spread
/// over the 38 provinces, each with a Smart City cohort, and a published plan of <c>programmes</c>
/// programmes (the planner's seeded <see cref="SyntheticPlans"/>, a greedy roadmap adopted) and the
/// <see cref="NationalIndicators"/> with their targets, stored
/// through the same use cases as the app.
/// </summary>
internal static class NationalDataset
{
    private static readonly (int Code, string Name)[] Provinces =
    [
        (11, "Aceh"), (12, "Sumatera Utara"), (13, "Sumatera Barat"), (14, "Riau"), (15, "Jambi"), (16, "Sumatera Selatan"), (17, "Bengkulu"),
        (18, "Lampung"), (19, "Kepulauan Bangka Belitung"), (21, "Kepulauan Riau"), (31, "DKI Jakarta"), (32, "Jawa Barat"), (33, "Jawa Tengah"),
        (34, "DI Yogyakarta"), (35, "Jawa Timur"), (36, "Banten"), (51, "Bali"), (52, "Nusa Tenggara Barat"), (53, "Nusa Tenggara Timur"),
        (61, "Kalimantan Barat"), (62, "Kalimantan Tengah"), (63, "Kalimantan Selatan"), (64, "Kalimantan Timur"), (65, "Kalimantan Utara"),
        (71, "Sulawesi Utara"), (72, "Sulawesi Tengah"), (73, "Sulawesi Selatan"), (74, "Sulawesi Tenggara"), (75, "Gorontalo"), (76, "Sulawesi Barat"),
        (81, "Maluku"), (82, "Maluku Utara"), (91, "Papua Barat"), (92, "Papua Barat Daya"), (94, "Papua"), (95, "Papua Selatan"), (96, "Papua Tengah"), (97, "Papua Pegunungan"),
    ];

    private static readonly int[] Cohorts = [2017, 2018, 2019, 2021];

    /// <summary>The regions of the dataset: code, name, province, cohort.</summary>
    public static IReadOnlyList<(string Code, string Name, string Province, int Cohort)> Regions(int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var province = Provinces[i % Provinces.Length];
            var number = (i / Provinces.Length) + 1;
            return ($"{province.Code:00}.{number:00}", $"Wilayah {province.Code:00}{number:00}", province.Name, Cohorts[i % Cohorts.Length]);
        })];

    /// <summary>Stores and publishes the dataset in <paramref name="database"/>, skipping regions already published; returns how many it published.</summary>
    public static async Task<int> SeedAsync(string database, int count, int programmes)
    {
        var store = await PlanStore.OpenAsync(DatabaseLocation.Parse(database));
        await store.MigrateAsync();
        var published = 0;
        foreach (var (code, name, province, cohort) in Regions(count))
        {
            var region = new RegionCode(code);
            if (await store.HeadAsync(region, publishedOnly: true) is not null)
            {
                continue;
            }

            var synthetic = SyntheticPlans.Generate(programmes, seed: published + 1).Content;
            var content = synthetic with
            {
                Region = new Region(region, name, RegionKind.Kabupaten, province, [], new Measured<long>(250_000 + (published * 997), new FiscalYear(2024)), null, new FiscalYear(cohort)),
                Title = new LocalizedText($"Masterplan Smart City Kabupaten {name} 2025-2034"),
                Vision = new LocalizedText($"{name} cerdas, melayani dan berkelanjutan"),
                Missions = new[] { new LocalizedText("Pelayanan publik digital"), new LocalizedText("Ekonomi lokal yang tangguh") },

                // The greedy roadmap adopted below does not plan quick wins, which the plan rules would then require.
                Programmes = synthetic.Programmes.Select(WithoutQuickWin).ToValueList(),
                Indicators = NationalIndicators.Definitions,
                Targets = NationalIndicators.Targets,
            };
            await store.SaveAsync(Masterplan.Create(content));
            var adopted = await PlanRoadmap.RunAsync(new RoadmapRequest { Source = code, Database = database, Strategy = PlanningStrategy.Greedy, Adopt = true });
            Check(adopted.Succeeded, code, adopted.Error?.Message.English);
            var publish = await VersionUseCases.PublishAsync(code, null, database);
            Check(publish.Succeeded, code, publish.Error?.Message.English + " " + string.Join("; ", publish.Error?.Diagnostics.Select(d => d.Message.English) ?? []));
            published++;
            if (published % 50 == 0)
            {
                Console.WriteLine($"  {published} published");
            }
        }

        return published;
    }

    private static Programme WithoutQuickWin(Programme p) =>
        new(p.Code, p.Name, p.Dimension, p.Element, p.LeadAgency, p.DurationYears, p.Costs, p.Kind, p.Description, p.SupportingAgencies,
            false, p.EarliestStart, p.LatestStart, p.DependsOn, p.Mandatory, p.AlternativesGroup, p.Scores, p.Indicators, p.Districts, p.PlanningReference);

    private static void Check(bool ok, string region, string? why)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"{region}: {why}");
        }
    }
}
