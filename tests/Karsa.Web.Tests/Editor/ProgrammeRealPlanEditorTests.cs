using System.Net;
using Karsa.Domain.Programmes;

namespace Karsa.Web.Tests.Editor;

/// <summary>The programme form's fields of real plans and of the programme sheet, posted as a browser posts them.</summary>
public sealed class ProgrammeRealPlanEditorTests
{
    private const string NewForm = "/wilayah/33.13/rencana/program/sunting";

    /// <summary>A running service with no duration and no costs, and every new field filled in.</summary>
    private static Dictionary<string, string> RunningService() => new()
    {
        ["code"] = "SVC-98",
        ["name.id"] = "Layanan Uji Berjalan",
        ["dimension"] = "living",
        ["element"] = "health",
        ["kind"] = "Service",
        ["lead"] = "DPMD",
        ["status"] = "Running",
        ["startedIn"] = "2019",
        ["recurrence"] = "Yearly",
        ["coLeads"] = "DINKES",
        ["implementers[0].name"] = "Pemerintah Kelurahan Karanganyar",
        ["implementers[0].kind"] = "Village",
        ["districts"] = "33.13.06",
        ["villages"] = "33.13.09.1001\r\n33.13.09.1002",
        ["renstra"] = "Renstra DPMD Program 3",
        ["objective.id"] = "Balita terpantau tiap bulan",
        ["objective.en"] = "Every toddler monitored monthly",
        ["outputs[0].statement.id"] = "Posyandu mencatat digital",
        ["outputs[0].unit"] = "posyandu",
        ["outputs[0].targets.2024"] = "12",
        ["outputs[0].targets.2026"] = "24",
        ["outcomes[0].statement.id"] = "Balita ditimbang tiap bulan",
        ["outcomes[0].unit"] = "persen",
        ["outcomes[0].targets.2027"] = "92,5",
        ["canvas.problem.id"] = "Data tumbuh kembang tercecer",
        ["canvas.success.id"] = "90 % balita tercatat",
    };

    [Fact]
    public async Task A_running_service_with_every_new_field_is_saved_without_duration_or_cost_and_shown_again()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm);

        var saved = await form.PostAsync(client, NewForm, RunningService());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var programme = (await editor.NewestAsync()).Plan.Programmes.Single(p => p.Code.Value == "SVC-98");
        Assert.Equal((DeliveryStatus.Running, 2019, ProgrammeRecurrence.Yearly), (programme.Status, programme.StartedIn?.Value, programme.Recurrence));
        Assert.Null(programme.DurationYears);
        Assert.Empty(programme.Costs);
        Assert.False(programme.CostKnown);
        Assert.Equal(["DINKES"], programme.CoLeads.Select(a => a.Value));
        Assert.Equal([new Implementer("Pemerintah Kelurahan Karanganyar", ImplementerKind.Village)], programme.Implementers);
        Assert.Equal(["33.13.06", "33.13.09.1001", "33.13.09.1002"], programme.Locations.Select(l => l.Value));
        Assert.Equal("Renstra DPMD Program 3", programme.RenstraReference);
        Assert.Equal("Every toddler monitored monthly", programme.Objective?.English);
        Assert.Equal([(2024, 12m), (2026, 24m)], Assert.Single(programme.Outputs).Targets.Select(t => (t.Year.Value, t.Value)));
        Assert.Equal([(2027, 92.5m)], Assert.Single(programme.Outcomes).Targets.Select(t => (t.Year.Value, t.Value)));
        Assert.Equal("90 % balita tercatat", programme.ServiceCanvas?.SuccessMeasure?.Indonesian);

        var shown = await EditorForm.OpenAsync(client, NewForm + "/SVC-98");
        Assert.Equal("Running", shown.Value("status"));
        Assert.Equal("Yearly", shown.Value("recurrence"));
        Assert.Equal(["DINKES"], shown.Ticked("coLeads"));
        Assert.Equal("Village", shown.Value("implementers[0].kind"));
        Assert.Equal("33.13.09.1001\n33.13.09.1002", shown.Value("villages")?.ReplaceLineEndings("\n"));
        Assert.Equal("92,5", shown.Value("outcomes[0].targets.2027"));
        Assert.Equal("", shown.Value("costs.2024.apbd"));
    }

    [Fact]
    public async Task A_stored_service_saved_unchanged_from_its_form_keeps_every_field()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        const string Path = NewForm + "/SVC-02";
        var before = (await editor.NewestAsync()).Plan.Programmes.Single(p => p.Code.Value == "SVC-02");
        var form = await EditorForm.OpenAsync(client, Path);
        var fields = form.Shown();
        foreach (var choices in new[] { "indicators", "districts", "coLeads", "quickWin", "mandatory" })
        {
            fields[choices] = string.Join(",", form.Ticked(choices));
        }

        var saved = await form.PostAsync(client, Path, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before, (await editor.NewestAsync()).Plan.Programmes.Single(p => p.Code.Value == "SVC-02"));
    }

    [Theory]
    [InlineData("", "33.14.01.2001", "KRS140", "bukan kecamatan atau desa/kelurahan")]
    [InlineData("?lang=en", "33.13.99.2001", "KRS042", "is not a district of this region")]
    [InlineData("", "33.13.09.20x1", "KRS", "")]
    public async Task A_bad_village_code_is_shown_at_the_villages_field_with_everything_typed_kept(string language, string village, string code, string words)
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm + language);
        var typed = RunningService();
        typed["villages"] = "33.13.09.1001\r\n" + village;

        var refused = await form.PostAsync(client, NewForm + language, typed);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var shown = await EditorForm.ReadAsync(refused);
        var message = shown.MessageAt("villages");
        Assert.StartsWith(code, message, StringComparison.Ordinal);
        Assert.Contains(words, message, StringComparison.Ordinal);
        Assert.Null(shown.Page.QuerySelector("[name='districts'][aria-invalid]"));
        Assert.NotNull(shown.Page.QuerySelector(".error-summary a[href='#f-villages']"));
        Assert.Equal("33.13.09.1001\n" + village, shown.Value("villages")?.ReplaceLineEndings("\n"));
        foreach (var (field, value) in typed.Where(f => f.Key is not ("villages" or "districts" or "coLeads")))
        {
            Assert.Equal(value, shown.Value(field));
        }

        Assert.Equal(["DINKES"], shown.Ticked("coLeads"));
        Assert.DoesNotContain((await editor.NewestAsync()).Plan.Programmes, p => p.Code.Value == "SVC-98");
    }

    [Fact]
    public async Task Targets_without_a_unit_are_shown_at_the_unit_of_their_row()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm);
        var typed = RunningService();
        typed.Remove("outputs[0].unit");

        var shown = await EditorForm.ReadAsync(await form.PostAsync(client, NewForm, typed));

        Assert.Contains("KRS153", shown.MessageAt("outputs[0].unit"), StringComparison.Ordinal);
        Assert.Equal("24", shown.Value("outputs[0].targets.2026"));
    }
}
