using System.Text.RegularExpressions;
using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Pages;

/// <summary>A programme as a planner types it into the editor's form.</summary>
/// <param name="Code">The programme code, e.g. <c>GOV-99</c>.</param>
/// <param name="Name">The Indonesian name.</param>
/// <param name="Duration">The duration in years, as typed (may be wrong on purpose).</param>
/// <param name="EarliestStart">The earliest start year.</param>
/// <param name="YearlyCost">Whole Rupiah in the first funding source for each year of the duration.</param>
public sealed record ProgrammeInput(string Code, string Name, string Duration, int EarliestStart, long YearlyCost);

/// <summary>
/// The plan editor (<c>/wilayah/{region}/rencana...</c>), by its labels and roles in
/// Bahasa Indonesia (the default language).
/// </summary>
public sealed class PlanEditor(Visitor visitor, string region)
{
    private IPage Page => visitor.Page;

    /// <summary>The editor's overview path.</summary>
    public string Path => $"/wilayah/{region}/rencana";

    /// <summary>Opens the overview.</summary>
    public async Task OpenAsync() => Assert.Equal(200, (await visitor.GoAsync(Path)).Status);

    /// <summary>Opens the programme list.</summary>
    public async Task OpenProgrammesAsync() => Assert.Equal(200, (await visitor.GoAsync(Path + "/program")).Status);

    /// <summary>Opens the form of an existing programme.</summary>
    public async Task OpenProgrammeAsync(string code) =>
        Assert.Equal(200, (await visitor.GoAsync($"{Path}/program/sunting/{Uri.EscapeDataString(code)}")).Status);

    /// <summary>From the programme list, opens the empty form of a new programme.</summary>
    public async Task StartNewProgrammeAsync()
    {
        await OpenProgrammesAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tambah program" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Program baru");
    }

    /// <summary>The form field labelled <paramref name="label"/>.</summary>
    public ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    /// <summary>Fills the programme form: code, name, a dimension with a matching element, the first kind and agency, duration, start and costs.</summary>
    public async Task FillProgrammeAsync(ProgrammeInput programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        await Field("Kode program").FillAsync(programme.Code);
        await Field("Nama (Bahasa Indonesia)").FillAsync(programme.Name);
        var dimension = await Field("Dimensi").Locator("option").Nth(1).GetAttributeAsync("value") ?? "";
        await Field("Dimensi").SelectOptionAsync(dimension);
        var element = Field("Elemen").Locator("option").Filter(new() { HasText = $"({dimension})" }).First;
        await Field("Elemen").SelectOptionAsync(await element.GetAttributeAsync("value") ?? "");
        await Field("Jenis").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Field("OPD pengampu").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Field("Durasi (tahun)").FillAsync(programme.Duration);
        await Field("Mulai paling awal (tahun)").FillAsync(programme.EarliestStart.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Field("Mulai paling akhir (tahun)").FillAsync(programme.EarliestStart.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var years = int.TryParse(programme.Duration, out var typed) && typed > 0 ? typed : 1;
        for (var year = 0; year < years; year++)
        {
            await CostCell("APBD", programme.EarliestStart + year).FillAsync(programme.YearlyCost.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The cost input of <paramref name="source"/> (e.g. "APBD") in <paramref name="year"/>, found by its label.</summary>
    public ILocator CostCell(string source, int year) =>
        Costs.GetByLabel($"{source} {year.ToString(System.Globalization.CultureInfo.InvariantCulture)}", new() { Exact = true });

    /// <summary>The cost grid (a table per year and funding source).</summary>
    public ILocator Costs => Page.GetByRole(AriaRole.Table, new() { Name = "Biaya program" });

    /// <summary>Submits the programme form.</summary>
    public Task SaveProgrammeAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "Simpan program" }).ClickAsync();

    /// <summary>The notice that a change was saved.</summary>
    public ILocator Saved => Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Perubahan tersimpan." });

    /// <summary>The notice that another planner saved first.</summary>
    public ILocator Conflict => Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Konflik: orang lain menyimpan lebih dulu" });

    /// <summary>The list of errors above the form.</summary>
    public ILocator ErrorSummary => Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Perubahan belum disimpan" });

    /// <summary>
    /// Expects an error next to the field labelled <paramref name="label"/>: the field is marked invalid and
    /// its accessible description (what a screen reader says with it) is the message; the summary links to it.
    /// </summary>
    public async Task ExpectFieldErrorAsync(string label)
    {
        var field = Field(label);
        await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(field).ToHaveAccessibleDescriptionAsync(new Regex("\\S"));
        var id = await field.GetAttributeAsync("id");
        await Assertions.Expect(ErrorSummary.Locator($"a[href='#{id}']")).ToHaveCountAsync(1);
    }
}
