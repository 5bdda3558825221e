using Karsa.Application.Editing;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Testing;

namespace Karsa.Application.Tests.Editing;

public sealed class BookMatterFormTests
{
    private static readonly BookMatter Matter = new(
        new SignedText(new("Kata pengantar **penting**.", "Foreword."), "Ir. Kepala", new("Kepala Bappeda")),
        new SignedText(new("Sambutan bupati.")),
        new Approval(new("Peraturan Bupati", "Regent's Regulation"), "45 Tahun 2022", new DateOnly(2022, 12, 15), new("tentang Masterplan")),
        new DateOnly(2022, 12, 20));

    private static Masterplan Plan(BookMatter matter) => Masterplan.Create(SamplePlans.Minimal() with { BookMatter = matter });

    private static FormFields With(FormFields fields, string field, string? value) =>
        new(fields.Values.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)).Where(p => p.Key != field).Append(new(field, value)));

    [Fact]
    public void The_stored_front_matter_fills_the_form_and_saving_it_unchanged_makes_no_edit()
    {
        var plan = Plan(Matter);

        var fields = BookMatterForm.Of(plan);
        var edits = BookMatterForm.Edits(plan, fields);

        Assert.Equal(("2022-12-20", "Foreword.", "45 Tahun 2022"), (fields["book.date"], fields["book.foreword.text.en"], fields["book.approval.number"]));
        Assert.Empty(edits.Problems);
        Assert.Empty(edits.Edits);
    }

    [Fact]
    public void Typed_front_matter_round_trips_through_the_edit()
    {
        var empty = Plan(BookMatter.None);

        var edits = BookMatterForm.Edits(empty, BookMatterForm.Of(Plan(Matter)));

        Assert.Equal(Matter, Assert.IsType<SetBookMatter>(Assert.Single(edits.Edits)).BookMatter);
    }

    [Fact]
    public void Emptying_every_field_removes_the_front_matter()
    {
        var edits = BookMatterForm.Edits(Plan(Matter), FormFields.Empty);

        Assert.True(Assert.IsType<SetBookMatter>(Assert.Single(edits.Edits)).BookMatter.IsEmpty);
    }

    [Theory]
    [InlineData("book.date", "20-12-2022", "KRS150", "book.date")]
    [InlineData("book.approval.date", "2022-02-30", "KRS150", "book.approval.date")]
    [InlineData("book.approval.number", "", "KRS004", "book.approval.number")]
    [InlineData("book.foreword.text.id", "", "KRS007", "book.foreword.text.id")]
    public void A_bad_or_missing_value_is_refused_at_its_field(string field, string typed, string code, string path)
    {
        var plan = Plan(Matter);

        var edits = BookMatterForm.Edits(plan, With(BookMatterForm.Of(plan), field, typed));

        Assert.Empty(edits.Edits);
        var problem = Assert.Single(edits.Problems);
        Assert.Equal((code, path), (problem.Code, problem.Path));
    }
}
