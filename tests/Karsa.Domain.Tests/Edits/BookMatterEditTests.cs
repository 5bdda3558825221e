using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using static Karsa.Domain.Tests.Edits.EditFixtures;

namespace Karsa.Domain.Tests.Edits;

public sealed class BookMatterEditTests
{
    [Fact]
    public void A_plan_has_no_front_matter_and_no_sections_until_they_are_set()
    {
        var content = Draft().Plan.Content;

        Assert.True(content.BookMatter.IsEmpty);
        Assert.Equal(PlanSections.None, content.Sections);
    }

    [Fact]
    public void Front_matter_is_set_and_removed()
    {
        var draft = Draft();
        var matter = new BookMatter(
            Address: new SignedText("Sambutan.", "Nama Bupati", "Bupati"),
            Approval: new Approval("Peraturan Bupati", "45 Tahun 2022", new DateOnly(2022, 12, 15)),
            IssueDate: new DateOnly(2022, 12, 20));

        var set = Edited(draft.Apply(new SetBookMatter(matter)), draft);
        var removed = Edited(Masterplan.Create(set).AsDraft()!.Apply(new SetBookMatter(BookMatter.None)), draft);

        Assert.Equal("45 Tahun 2022", set.BookMatter.Approval!.Number);
        Assert.False(set.BookMatter.IsEmpty);
        Assert.Equal(draft.Plan.Content, removed);
    }

    [Fact]
    public void Sections_are_set_and_compare_by_content()
    {
        var draft = Draft();
        PlanSections Sections() => new(Change: new ChangeManagement(Mindset: "Pola pikir"), Financing: new FinancingAndStakeholders(
            patterns: [new FinancingPattern(FundingSource.Csr, "CSR")], stakeholders: [new Stakeholder("Kampus", "Riset")]));

        var set = Edited(draft.Apply(new SetPlanSections(Sections())), draft);

        Assert.Equal(Sections(), set.Sections);
        Assert.Equal("CSR", set.Sections.Financing!.Patterns[0].Pattern.Indonesian);
    }

    [Fact]
    public void A_stakeholder_listed_twice_is_refused_at_the_second_name()
    {
        var problem = Refusal(Draft().Apply("sections.financing", () => new SetPlanSections(new PlanSections(Financing: new FinancingAndStakeholders(
            stakeholders: [new Stakeholder("Kampus", "Riset"), new Stakeholder(" kampus ", "Pelatihan")])))));

        Assert.Equal(("KRS151", "sections.financing.stakeholders[1].name"), (problem.Code, problem.Path));
    }

    [Fact]
    public void A_source_with_two_patterns_is_refused_at_that_source()
    {
        var problem = Refusal(Draft().Apply("sections.financing", () => new SetPlanSections(new PlanSections(Financing: new FinancingAndStakeholders(
            patterns: [new FinancingPattern(FundingSource.Apbd, "A"), new FinancingPattern(FundingSource.Apbd, "B")])))));

        Assert.Equal(("KRS006", "sections.financing.patterns.apbd"), (problem.Code, problem.Path));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    public void A_blank_signer_or_regulation_number_is_refused_at_its_field(string blank)
    {
        var signer = Refusal(Draft().Apply("book.address", () => new SetBookMatter(new BookMatter(Address: new SignedText("Teks", blank)))));
        var number = Refusal(Draft().Apply("book.approval", () => new SetBookMatter(new BookMatter(Approval: new Approval("Perbup", blank)))));

        Assert.Equal(("KRS007", "book.address.name"), (signer.Code, signer.Path));
        Assert.Equal(("KRS007", "book.approval.number"), (number.Code, number.Path));
    }
}
