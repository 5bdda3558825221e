using System.Text.Json.Nodes;
using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Domain.Programmes;
using Karsa.Testing;

namespace Karsa.Application.Tests.Plans;

public sealed class DocumentEditTests : IDisposable
{
    private readonly StoreFolder _store = new();

    private string Db => _store.Db;

    public void Dispose() => _store.Dispose();

    private static DocumentEdit Set(string path, string json) => new("set", path, JsonNode.Parse(json));

    [Fact]
    public async Task Agencies_indicators_scenarios_budget_and_targets_are_reached_by_their_paths()
    {
        var token = await ImportAsync();

        var answer = await DocumentEdits.ApplyAsync("33.13", token,
        [
            Set("agencies[BAPPEDA]", """{"name": "Badan Perencanaan", "kind": "badan", "capacity": 2}"""),
            Set("agencies[DISKOMINFO].capacity", "3"),
            Set("indicators[LOC-1]", """{"name": "Indeks layanan", "unit": "poin", "framework": "local", "direction": "higher"}"""),
            Set("targets", """{"LOC-1": {"2026": 5}}"""),
            Set("budget", """{"2023": {"apbd": 1000000}}"""),
            Set("scenarios[hemat]", """{"scaleCeilings": [{"factor": 0.8, "source": "apbd"}], "lastYear": 2030}"""),
        ], Db, "ana");

        Assert.True(answer.Succeeded, answer.Error?.Message.English);
        var content = (await StoredAsync()).Content;
        Assert.Equal([("DISKOMINFO", 3), ("BAPPEDA", 2)], content.Agencies.Select(a => (a.Code.Value, a.Capacity ?? 0)));
        Assert.Equal(["LOC-1"], content.Indicators.Select(i => i.Code.Value));
        Assert.Equal([("LOC-1", 2026, 5m)], content.Targets.Select(t => (t.Indicator.Value, t.Year.Value, t.Value)));
        Assert.Equal([(2023, FundingSource.Apbd, 1_000_000L)], content.Ceilings.Select(c => (c.Year.Value, c.Source, c.Amount.Value)));
        var scenario = Assert.Single(content.Scenarios);
        Assert.Equal(("hemat", 0.8m, 2030), (scenario.Name, scenario.ScaleCeilings[0].Factor, scenario.LastYear!.Value.Value));
    }

    [Fact]
    public async Task An_agency_in_use_a_changed_region_code_and_an_unknown_item_are_refused_where_they_are()
    {
        var token = await ImportAsync();

        var inUse = await DocumentEdits.ApplyAsync("33.13", token, [new DocumentEdit("remove", "agencies[DISKOMINFO]")], Db, null);
        var moved = await DocumentEdits.ApplyAsync("33.13", token,
            [Set("region", """{"code": "33.14", "name": "Sragen", "kind": "kabupaten", "province": "Jawa Tengah"}""")], Db, null);
        var unknown = await DocumentEdits.ApplyAsync("33.13", token, [new DocumentEdit("remove", "indicators[LOC-9]")], Db, null);

        Assert.Equal(("KRS047", "agencies[0]"), Only(inUse));
        Assert.Equal(("KRS018", "region.code"), Only(moved));
        Assert.Equal(("KRS053", "edits[0].path"), Only(unknown));
        Assert.Equal(token, (await StoredAsync()).Token);
    }

    [Fact]
    public async Task The_profile_is_set_whole_keeping_its_code()
    {
        var token = await ImportAsync();

        var answer = await DocumentEdits.ApplyAsync("33.13", token,
            [Set("region", """{"code": "33.13", "name": "Karanganyar", "kind": "kabupaten", "province": "Jawa Tengah", "population": {"value": 960000, "year": 2024}}""")], Db, null);

        Assert.True(answer.Succeeded, answer.Error?.Message.English);
        var region = (await StoredAsync()).Content.Region;
        Assert.Equal((960_000L, 2024), (region.Population!.Value, region.Population.Year.Value));
        Assert.Empty(region.Districts);
    }

    private static (string, string) Only(UseCaseResult<EditAnswer> answer)
    {
        Assert.False(answer.Succeeded);
        var problem = Assert.Single(answer.Error!.Diagnostics);
        return (problem.Code, problem.Path);
    }

    private async Task<(Domain.Plans.MasterplanContent Content, string Token)> StoredAsync()
    {
        var stored = await _store.NewestAsync();
        return (stored.Plan.Content, stored.Summary.Token);
    }

    private Task<string> ImportAsync() => _store.ImportAsync(SamplePlans.Adopted());
}
