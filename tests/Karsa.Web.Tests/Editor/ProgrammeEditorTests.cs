using System.Net;
using Karsa.Application.Access;
using Karsa.Application.Editing;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Editor;

public sealed class ProgrammeEditorTests
{
    private const string Region = EditorApp.Region;
    private const string NewForm = "/wilayah/33.13/rencana/program/sunting";

    private static Dictionary<string, string> NewProgramme(string badCost) => new()
    {
        ["code"] = "GOV-99",
        ["name.id"] = "Program Uji Penyunting",
        ["dimension"] = "governance",
        ["element"] = "public-policy",
        ["kind"] = "Policy",
        ["lead"] = "BAPPEDA",
        ["duration"] = "2",
        ["start.earliest"] = "2024",
        ["costs.2024.apbd"] = "1.500.000.000",
        ["costs.2025.dak"] = badCost,
        ["description"] = "Uraian yang diketik",
    };

    [Fact]
    public async Task A_bad_cost_is_shown_at_its_cell_with_everything_typed_kept_and_the_fixed_form_saves()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm);

        var refused = await form.PostAsync(client, NewForm, NewProgramme("dua juta"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var shown = await EditorForm.ReadAsync(refused);
        Assert.Contains("KRS014", shown.MessageAt("costs.2025.dak"), StringComparison.Ordinal);
        Assert.Null(shown.MessageAt("costs.2024.apbd"));
        foreach (var (field, typed) in NewProgramme("dua juta"))
        {
            Assert.Equal(typed, shown.Value(field));
        }

        Assert.NotNull(shown.Page.QuerySelector(".error-summary a[href='#f-costs_2025_dak']"));
        Assert.Null((await editor.NewestAsync()).Plan.Programmes.FirstOrDefault(p => p.Code.Value == "GOV-99"));

        var saved = await shown.PostAsync(client, NewForm, NewProgramme("2.000.000"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/wilayah/33.13/rencana/program/sunting/GOV-99?tersimpan=1", saved.Headers.Location!.OriginalString);
        var programme = (await editor.NewestAsync()).Plan.Programmes.Single(p => p.Code.Value == "GOV-99");
        Assert.Equal([(2024, "apbd", 1_500_000_000L), (2025, "dak", 2_000_000L)],
            programme.Costs.Select(c => (c.Year.Value, c.Source.Key, c.Amount.Value)));
        Assert.Equal("Uraian yang diketik", programme.Description);
    }

    [Theory]
    [InlineData("", "Peningkatan kapasitas")]
    [InlineData("?lang=en", "Capacity building")]
    public async Task The_kind_choices_are_named_in_the_page_language_and_post_the_kind_key(string query, string capacityBuilding)
    {
        await using var editor = await EditorApp.StartAsync();
        var form = await EditorForm.OpenAsync(editor.Planner, NewForm + query);

        var option = form.Page.QuerySelectorAll("select[name='kind'] option").Single(o => o.GetAttribute("value") == "CapacityBuilding");
        Assert.Equal(capacityBuilding, option.TextContent.Trim());
        var language = query.Length == 0 ? Domain.Primitives.Language.Indonesian : Domain.Primitives.Language.English;
        Assert.All(form.Page.QuerySelectorAll("select[name='kind'] option").Where(o => o.GetAttribute("value") is { Length: > 0 }), o =>
            Assert.Equal(Domain.Programmes.ProgrammeKindNames.Name(Enum.Parse<Domain.Programmes.ProgrammeKind>(o.GetAttribute("value")!)).In(language), o.TextContent.Trim()));
    }

    [Fact]
    public async Task A_rule_of_the_plan_is_shown_at_the_field_its_path_names()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm);
        var fields = NewProgramme("1000");
        fields["costs.2027.apbd"] = "5000";
        fields["lead"] = "DINAS-FIKTIF";

        var refused = await form.PostAsync(client, NewForm, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var shown = await EditorForm.ReadAsync(refused);
        Assert.Contains("KRS033", shown.MessageAt("costs.2027.apbd"), StringComparison.Ordinal);
        Assert.Contains("KRS040", shown.MessageAt("lead"), StringComparison.Ordinal);
        Assert.Equal("DINAS-FIKTIF", shown.Value("lead"));
    }

    [Fact]
    public async Task English_users_read_the_messages_in_English()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm + "?lang=en");

        var shown = await EditorForm.ReadAsync(await form.PostAsync(client, NewForm + "?lang=en", NewProgramme("dua juta")));

        Assert.Contains("is not whole Rupiah", shown.MessageAt("costs.2025.dak"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Viewer, Region)]
    [InlineData(Role.Planner, "33.11")]
    [InlineData(Role.MinistryEvaluator, null)]
    public async Task Users_who_may_not_edit_the_region_cannot_post(Role role, string? region)
    {
        await using var editor = await EditorApp.StartAsync();
        var planner = editor.Planner;
        using var other = await editor.SignInAsync("lain", role, region);
        var form = await EditorForm.OpenAsync(planner, NewForm);
        var before = (await editor.NewestAsync()).Token;

        // A valid antiforgery token of their own (the sign-out form on every page carries one).
        var ownToken = KarsaWebFactory.AntiforgeryToken(await other.GetStringAsync(new Uri("/", UriKind.Relative)));
        var answer = await (form with { Antiforgery = ownToken }).PostAsync(other, NewForm, NewProgramme("1000"));

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal(before, (await editor.NewestAsync()).Token);
    }

    [Fact]
    public async Task A_viewer_of_the_region_reads_the_draft_without_a_form_to_submit()
    {
        await using var editor = await EditorApp.StartAsync();
        using var client = await editor.SignInAsync("pembaca", Role.Viewer, Region);

        var form = await EditorForm.OpenAsync(client, "/wilayah/33.13/rencana/program/sunting/GOV-01");

        Assert.Equal("GOV-01", form.Value("code"));
        Assert.All(form.Page.QuerySelectorAll("main form fieldset"), f => Assert.True(f.HasAttribute("disabled")));
        Assert.Empty(form.Page.QuerySelectorAll("main button[type=submit]"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        await using var editor = await EditorApp.StartAsync();
        using var client = editor.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var answer = await client.GetAsync(new Uri("/wilayah/33.13/rencana", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/masuk", answer.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_of_two_planners_on_the_same_token_gets_a_conflict_and_keeps_what_they_typed()
    {
        await using var editor = await EditorApp.StartAsync();
        var first = editor.Planner;
        using var second = await editor.SignInAsync("kedua", Role.Planner, Region);
        const string Path = "/wilayah/33.13/rencana/program/sunting/GOV-01";
        var firstForm = await EditorForm.OpenAsync(first, Path);
        var secondForm = await EditorForm.OpenAsync(second, Path);
        Dictionary<string, string> Typed(EditorForm form, string name)
        {
            var fields = form.Page.QuerySelectorAll("main form input[name]:not([type=hidden]), main form select[name], main form textarea[name]")
                .Select(e => e.GetAttribute("name")!).Distinct().ToDictionary(n => n, n => form.Value(n) ?? string.Empty);
            fields.Remove("quickWin");
            fields.Remove("mandatory");
            fields["name.id"] = name;
            return fields;
        }

        var saved = await firstForm.PostAsync(first, Path, Typed(firstForm, "Nama dari perencana pertama"));
        var refused = await secondForm.PostAsync(second, Path, Typed(secondForm, "Nama dari perencana kedua"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var shown = await EditorForm.ReadAsync(refused);
        var notice = shown.Page.QuerySelector(".conflict");
        Assert.NotNull(notice);
        Assert.Contains("perencana", notice!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(notice.QuerySelector("a[href='/wilayah/33.13/rencana']"));
        Assert.Equal("Nama dari perencana kedua", shown.Value("name.id"));
        var stored = (await editor.NewestAsync());
        Assert.Equal("Nama dari perencana pertama", stored.Plan.Programmes.Single(p => p.Code.Value == "GOV-01").Name.Indonesian);
        Assert.Equal(stored.Token, shown.BasedOn);
    }
}
