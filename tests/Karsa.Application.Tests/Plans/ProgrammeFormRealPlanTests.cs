using Karsa.Application.Editing;
using Karsa.Domain.Agencies;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Storage;
using Karsa.Testing;

namespace Karsa.Application.Tests.Plans;

/// <summary>
/// The programme form's fields of real plans and of the programme sheet: status, start, recurrence,
/// co-leads, implementers, district and village locations, objective, outputs and outcomes with yearly
/// targets, Renstra reference and service canvas; written into the form, read back, and their problems
/// placed at their fields.
/// </summary>
public sealed class ProgrammeFormRealPlanTests : IDisposable
{
    private const string Prefix = "programmes[0]";
    private readonly StoreFolder _store = new();

    /// <summary>The minimal plan with a second agency and an indicator, and GOV-01 a running service with every new field.</summary>
    private static MasterplanContent Plan(Programme? programme = null)
    {
        var content = IndicatorSamples.WithIndicators(SamplePlans.Minimal());
        return content with
        {
            Agencies = [.. content.Agencies, new Agency(new AgencyCode("BAPPEDA"), "Badan Perencanaan Pembangunan Daerah", AgencyKind.Badan)],
            Programmes = [programme ?? Running(content.Programmes[0])],
        };
    }

    private static Programme Running(Programme original) => new(original.Code, original.Name, original.Dimension, original.Element, original.LeadAgency,
        null, [], original.Kind, quickWinCandidate: true,
        districts: [new RegionCode("33.13.09"), new RegionCode("33.13.01.2001"), new RegionCode("33.13.01")],
        coLeads: [new AgencyCode("BAPPEDA")],
        implementers: [new Implementer("Pemerintah Desa Jantiharjo", ImplementerKind.Village), new Implementer("Karang Taruna")],
        status: DeliveryStatus.Running, startedIn: new FiscalYear(2019), recurrence: ProgrammeRecurrence.OpenEnded,
        objective: new LocalizedText("Warga terlayani daring", "Citizens served online"),
        outputs: [new ProgrammeResult(new LocalizedText("Aplikasi beroperasi"), unit: "aplikasi", targets: [new ResultTarget(new FiscalYear(2022), 1), new ResultTarget(new FiscalYear(2024), 3.5m)])],
        outcomes: [new ProgrammeResult(new LocalizedText("Rumah tangga terhubung", "Households connected"), new IndicatorCode("IND-1"), targets: [new ResultTarget(new FiscalYear(2031), 90)])],
        renstraReference: "Renstra Diskominfo Program 2",
        serviceCanvas: new ServiceCanvas(Problem: "Antre berjam-jam", Users: new LocalizedText("Pelaku usaha", "Businesses"), Solution: "Izin daring",
            Partners: "Bank daerah", SuccessMeasure: "75 % izin daring"));

    private static DraftView View(MasterplanContent content) =>
        new(Masterplan.Create(content), new PlanVersionSummary("33.13", "Karanganyar", 1, PlanState.Draft, "Uji", 2022, 2031, 1, 0, DateTimeOffset.UnixEpoch, null, "token", null));

    [Fact]
    public void Every_new_field_is_written_into_the_form_and_read_back_unchanged()
    {
        var content = Plan();
        var programme = content.Programmes[0];

        var fields = ProgrammeForm.Of(programme);

        Assert.Equal("Running", fields.Text("status"));
        Assert.Equal("2019", fields.Text("startedIn"));
        Assert.Equal("OpenEnded", fields.Text("recurrence"));
        Assert.Equal("BAPPEDA", fields.Text("coLeads"));
        Assert.Equal("Pemerintah Desa Jantiharjo", fields.Text("implementers[0].name"));
        Assert.Equal("Village", fields.Text("implementers[0].kind"));
        Assert.Equal("Other", fields.Text("implementers[1].kind"));
        Assert.Equal(["33.13.09", "33.13.01"], fields.Items("districts"));
        Assert.Equal(["33.13.01.2001"], fields.Items("villages"));
        Assert.Equal("Citizens served online", fields.Text("objective.en"));
        Assert.Equal("3,5", fields.Text("outputs[0].targets.2024"));
        Assert.Equal("aplikasi", fields.Text("outputs[0].unit"));
        Assert.Equal("IND-1", fields.Text("outcomes[0].indicator"));
        Assert.Equal("Households connected", fields.Text("outcomes[0].statement.en"));
        Assert.Equal("Renstra Diskominfo Program 2", fields.Text("renstra"));
        Assert.Equal("Businesses", fields.Text("canvas.users.en"));
        Assert.Equal("75 % izin daring", fields.Text("canvas.success.id"));
        Assert.Null(fields.Text("duration"));
        Assert.All(ProgrammeForm.AllFields(View(content).Plan, programme), f => Assert.False(f.StartsWith("costs.", StringComparison.Ordinal) && fields.Text(f) is not null));

        var edits = ProgrammeForm.Edits(View(content), programme.Code.Value, fields);

        Assert.Empty(edits.Problems);
        var saved = Assert.IsType<ChangeProgramme>(Assert.Single(edits.Edits)).Programme;
        Assert.Equal(programme, saved);
        Assert.False(saved.CostKnown);
    }

    [Fact]
    public void Typed_fields_with_blank_rows_between_make_the_programme_they_describe()
    {
        var content = Plan(SamplePlans.Minimal().Programmes[0]);
        var typed = Filled(content.Programmes[0], new()
        {
            ["status"] = "Existing",
            ["duration"] = null,
            ["costs.2022.apbd"] = null,
            ["recurrence"] = "Yearly",
            ["coLeads"] = "BAPPEDA",
            ["implementers[1].name"] = "Balai Latihan Kerja",
            ["implementers[1].kind"] = "TrainingInstitute",
            ["districts"] = "33.13.01",
            ["villages"] = "33.13.09.2001\n33.13.09.2002",
            ["objective.id"] = "Tujuan",
            ["outcomes[1].statement.id"] = "Warga puas",
            ["outcomes[1].unit"] = "%",
            ["outcomes[1].targets.2026"] = "73,4",
            ["canvas.problem.id"] = "Masalah",
        });

        var edits = ProgrammeForm.Edits(View(content), "GOV-01", typed);

        Assert.Empty(edits.Problems);
        var saved = Assert.IsType<ChangeProgramme>(Assert.Single(edits.Edits)).Programme;
        Assert.Equal(DeliveryStatus.Existing, saved.Status);
        Assert.Equal(ProgrammeRecurrence.Yearly, saved.Recurrence);
        Assert.Null(saved.DurationYears);
        Assert.False(saved.CostKnown);
        Assert.Equal([new AgencyCode("BAPPEDA")], saved.CoLeads);
        Assert.Equal([new Implementer("Balai Latihan Kerja", ImplementerKind.TrainingInstitute)], saved.Implementers);
        Assert.Equal(["33.13.01", "33.13.09.2001", "33.13.09.2002"], saved.Locations.Select(l => l.Value));
        Assert.Equal(["33.13.01", "33.13.09"], saved.Districts.Select(l => l.Value));
        Assert.Equal("Tujuan", saved.Objective?.Indonesian);
        var outcome = Assert.Single(saved.Outcomes);
        Assert.Equal(("Warga puas", "%"), (outcome.Statement.Indonesian, outcome.Unit));
        Assert.Equal([new ResultTarget(new FiscalYear(2026), 73.4m)], outcome.Targets);
        Assert.Empty(saved.Outputs);
        Assert.Equal("Masalah", saved.ServiceCanvas?.Problem?.Indonesian);
    }

    [Theory]
    [InlineData("startedIn", "2019", "KRS141", "startedIn")]
    [InlineData("status", "Paused", "KRS005", "status")]
    [InlineData("implementers[1].kind", "Village", "KRS004", "implementers[1].name")]
    [InlineData("villages", "33.13.09.20x1", "KRS", "villages[0]")]
    [InlineData("outputs[0].targets.2025", "10", "KRS153", "outputs[0].unit")]
    [InlineData("outcomes[1].targets.2025", "sepuluh", "KRS005", "outcomes[1].targets.2025")]
    [InlineData("canvas.users.en", "Businesses", "KRS", "canvas.users.id")]
    public void A_bad_value_is_refused_at_its_field(string field, string value, string code, string at)
    {
        var content = Plan(SamplePlans.Minimal().Programmes[0]);
        var typed = Filled(content.Programmes[0], new()
        {
            [field] = value,
            ["outputs[0].statement.id"] = field.StartsWith("outputs", StringComparison.Ordinal) ? "Aplikasi" : null,
            ["outcomes[1].statement.id"] = field.StartsWith("outcomes", StringComparison.Ordinal) ? "Warga puas" : null,
            ["outcomes[1].unit"] = field.StartsWith("outcomes", StringComparison.Ordinal) ? "%" : null,
        });

        var edits = ProgrammeForm.Edits(View(content), "GOV-01", typed);

        Assert.Empty(edits.Edits);
        var problem = Assert.Single(edits.Problems);
        Assert.StartsWith(code, problem.Code, StringComparison.Ordinal);
        Assert.Equal($"{Prefix}.{at}", problem.Path);
    }

    [Fact]
    public async Task A_village_outside_the_region_is_refused_at_the_villages_field_and_an_output_at_the_row_it_was_typed_in()
    {
        var content = Plan(SamplePlans.Minimal().Programmes[0]);
        var token = await _store.ImportAsync(content);
        var typed = Filled(content.Programmes[0], new()
        {
            ["districts"] = "33.13.01",
            ["villages"] = "33.13.01.2001, 33.14.02.2003",
            ["outputs[1].statement.id"] = "Aplikasi beroperasi",
            ["outputs[1].indicator"] = "IND-404",
        });

        var answer = await ProgrammeForm.SaveAsync("33.13", token, "GOV-01", typed, _store.Db);

        Assert.False(answer.Succeeded);
        var paths = answer.Error!.Diagnostics.Select(d => (d.Code, d.Path)).ToList();
        Assert.Contains(("KRS140", $"{Prefix}.villages"), paths);
        Assert.Contains(paths, p => p.Path == $"{Prefix}.outputs[1].indicator");
        Assert.DoesNotContain(paths, p => p.Path.Contains("locations", StringComparison.Ordinal) || p.Path.Contains("outputs[0]", StringComparison.Ordinal));
        Assert.Equal(content.Programmes[0], (await _store.NewestAsync()).Plan.Programmes[0]);
    }

    /// <summary>The form of <paramref name="programme"/> with <paramref name="changes"/> typed over it (null: emptied).</summary>
    private static FormFields Filled(Programme programme, Dictionary<string, string?> changes)
    {
        var values = ProgrammeForm.Of(programme).Values.ToDictionary(p => p.Key, p => (string?)p.Value);
        foreach (var (field, value) in changes)
        {
            values[field] = value;
        }

        return new FormFields(values);
    }

    /// <inheritdoc />
    public void Dispose() => _store.Dispose();
}
