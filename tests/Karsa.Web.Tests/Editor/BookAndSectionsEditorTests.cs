using System.Net;
using Karsa.Application.Editing;
using Karsa.Testing;

namespace Karsa.Web.Tests.Editor;

public sealed class BookAndSectionsEditorTests
{
    private const string Book = "/wilayah/33.13/rencana/buku";
    private const string Sections = "/wilayah/33.13/rencana/bab";
    private const string ValueModel = "/wilayah/33.13/rencana/model-nilai";

    [Fact]
    public async Task The_book_preview_renders_hostile_markdown_as_text_under_its_field_and_saves_nothing()
    {
        await using var editor = await EditorApp.StartAsync();
        var form = await EditorForm.OpenAsync(editor.Planner, Book);
        var typed = form.Shown();
        typed["book.foreword.text.id"] = HostileMarkdown.Text;
        var before = (await editor.NewestAsync()).Token;

        var answer = await form.PostAsync(editor.Planner, Book + "?handler=Preview", typed);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var shown = await EditorForm.ReadAsync(answer);
        var preview = shown.Page.QuerySelector("[name='book.foreword.text.id']")!.ParentElement!.NextElementSibling!.QuerySelector(".markdown");
        Assert.NotNull(preview);
        Assert.Empty(HostileMarkdown.UnsafeMarkup(preview!));
        Assert.Contains(HostileMarkdown.VisibleTexts[0], preview!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HostileMarkdown.Text.ReplaceLineEndings("\n"), shown.Value("book.foreword.text.id")!.ReplaceLineEndings("\n"));
        Assert.Equal(before, (await editor.NewestAsync()).Token);
    }

    [Fact]
    public async Task A_bad_approval_date_is_shown_at_it_with_everything_typed_kept_then_the_book_matter_saves()
    {
        await using var editor = await EditorApp.StartAsync();
        var form = await EditorForm.OpenAsync(editor.Planner, Book);
        var typed = form.Shown();
        typed["book.approval.number"] = "7 Tahun 2023";
        typed["book.approval.date"] = "31-12-2023";
        typed["book.address.name"] = "Bupati Baru";

        var refused = await form.PostAsync(editor.Planner, Book, typed);
        var shown = await EditorForm.ReadAsync(refused);
        typed["book.approval.date"] = "2023-12-31";
        var saved = await shown.PostAsync(editor.Planner, Book, typed);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("KRS150", shown.MessageAt("book.approval.date"), StringComparison.Ordinal);
        Assert.Equal(("31-12-2023", "7 Tahun 2023", "Bupati Baru"), (shown.Value("book.approval.date"), shown.Value("book.approval.number"), shown.Value("book.address.name")));
        Assert.Equal(Book + "?tersimpan=1", saved.Headers.Location!.OriginalString);
        var matter = (await editor.NewestAsync()).Plan.Content.BookMatter;
        Assert.Equal(("7 Tahun 2023", new DateOnly(2023, 12, 31), "Bupati Baru"), (matter.Approval!.Number, matter.Approval.Date, matter.Address!.Name));
    }

    [Fact]
    public async Task A_stakeholder_without_a_role_is_shown_at_the_role_then_the_sections_save_with_a_new_pattern()
    {
        await using var editor = await EditorApp.StartAsync();
        var form = await EditorForm.OpenAsync(editor.Planner, Sections);
        var plan = (await editor.NewestAsync()).Plan;
        var row = PlanSectionsForm.StakeholderRows(plan) - 1;
        var typed = form.Shown();
        typed[PlanSectionsForm.StakeholderFields(row)[0]] = "Karang Taruna";
        typed["sections.financing.patterns.did.id"] = "Insentif untuk inovasi desa.";

        var refused = await form.PostAsync(editor.Planner, Sections, typed);
        var shown = await EditorForm.ReadAsync(refused);
        typed[PlanSectionsForm.StakeholderFields(row)[2]] = "Relawan digital";
        var saved = await shown.PostAsync(editor.Planner, Sections, typed);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("KRS007", shown.MessageAt(PlanSectionsForm.StakeholderFields(row)[2]), StringComparison.Ordinal);
        Assert.Equal("Karang Taruna", shown.Value(PlanSectionsForm.StakeholderFields(row)[0]));
        Assert.Equal("Insentif untuk inovasi desa.", shown.Value("sections.financing.patterns.did.id"));
        Assert.Equal(Sections + "?tersimpan=1", saved.Headers.Location!.OriginalString);
        var financing = (await editor.NewestAsync()).Plan.Content.Sections.Financing!;
        Assert.Equal("Relawan digital", financing.Stakeholders[^1].Role.Indonesian);
        Assert.Contains(financing.Patterns, p => p.Source.Key == "did" && p.Pattern.Indonesian == "Insentif untuk inovasi desa.");
    }

    [Fact]
    public async Task A_bad_discount_rate_is_shown_at_it_then_the_value_model_saves()
    {
        await using var editor = await EditorApp.StartAsync();
        var form = await EditorForm.OpenAsync(editor.Planner, ValueModel);

        var refused = await form.PostAsync(editor.Planner, ValueModel, new Dictionary<string, string>
        {
            [ValueModelForm.BenefitLife] = "12",
            [ValueModelForm.DiscountRate] = "3,125",
        });
        var shown = await EditorForm.ReadAsync(refused);
        var saved = await shown.PostAsync(editor.Planner, ValueModel, new Dictionary<string, string>
        {
            [ValueModelForm.BenefitLife] = "12",
            [ValueModelForm.DiscountRate] = "3,25",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("KRS016", shown.MessageAt(ValueModelForm.DiscountRate), StringComparison.Ordinal);
        Assert.Equal(("12", "3,125"), (shown.Value(ValueModelForm.BenefitLife), shown.Value(ValueModelForm.DiscountRate)));
        Assert.Equal(ValueModel + "?tersimpan=1", saved.Headers.Location!.OriginalString);
        var model = (await editor.NewestAsync()).Plan.Content.ValueModel;
        Assert.Equal((12, 3.25m), (model.BenefitLifeYears, model.DiscountRatePercent));
    }
}
