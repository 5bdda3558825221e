using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Testing;

namespace Karsa.Interchange.Tests;

/// <summary>The front matter (<c>book</c>) and the plan-level sections (<c>sections</c>) in plan files.</summary>
public class BookMatterFileTests
{
    private static readonly BookMatter Matter = new(
        new SignedText(new LocalizedText("Puji syukur ...\n\nTerima kasih.", "Thanks be ..."), "Ir. Contoh", new LocalizedText("Kepala Bappeda", "Head of Bappeda")),
        new SignedText("Sambutan bupati."),
        new Approval(new LocalizedText("Peraturan Bupati", "Regent's Regulation"), "45 Tahun 2022", new DateOnly(2022, 12, 15), "Masterplan Smart City"),
        new DateOnly(2022, 12, 20));

    private static readonly PlanSections Sections = new(
        new SupportingInfrastructure(Integration: "Integrasi melalui SPLP.", CommandCentre: new LocalizedText("Ruang kendali.", "Command room.")),
        new InstitutionsAndStaffing(Council: "Dewan Smart City."),
        new ChangeManagement(Mindset: "Pola pikir.", CommunityRole: "LSM mendampingi."),
        new FinancingAndStakeholders(
            "Ikhtisar.",
            [new FinancingPattern(FundingSource.Csr, "CSR untuk perangkat."), new FinancingPattern(FundingSource.Apbd, "APBD untuk layanan dasar.")],
            [new Stakeholder("Perguruan tinggi", "Riset dan pendampingan"), new Stakeholder(new LocalizedText("Warga", "Citizens"), "Pengguna dan pemberi masukan")]));

    [Theory]
    [InlineData(PlanFormat.Yaml)]
    [InlineData(PlanFormat.Json)]
    public void Front_matter_and_sections_read_back_as_written_and_write_the_same_bytes(PlanFormat format)
    {
        var plan = SamplePlans.Minimal() with { BookMatter = Matter, Sections = Sections };

        var written = PlanWriter.Write(plan, format);
        var read = PlanReader.Read(written, format, "plan");

        Assert.True(read.Succeeded, Reading.Describe(read) + "\n" + written);
        Assert.Equal(plan, read.Plan!.Content);
        Assert.Equal(written, PlanWriter.Write(read.Plan.Content, format));
    }

    [Fact]
    public void Dates_are_written_as_quoted_iso_days_and_patterns_keep_the_authors_order()
    {
        var yaml = PlanWriter.Write(SamplePlans.Minimal() with { BookMatter = Matter, Sections = Sections }, PlanFormat.Yaml);

        Assert.Contains("date: \"2022-12-20\"", yaml, StringComparison.Ordinal);
        Assert.Contains("date: \"2022-12-15\"", yaml, StringComparison.Ordinal);
        Assert.True(yaml.IndexOf("csr:", StringComparison.Ordinal) < yaml.IndexOf("apbd:", StringComparison.Ordinal), yaml);
    }

    [Fact]
    public void A_plan_without_them_reads_with_none_and_writes_neither_key()
    {
        var read = Reading.Yaml(Snippets.Header);

        Assert.True(read.Succeeded, Reading.Describe(read));
        Assert.Equal(BookMatter.None, read.Plan!.Content.BookMatter);
        Assert.Equal(PlanSections.None, read.Plan.Content.Sections);
        var written = PlanWriter.Write(read.Plan.Content, PlanFormat.Yaml);
        Assert.DoesNotContain("book:", written, StringComparison.Ordinal);
        Assert.DoesNotContain("sections:", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_mappings_read_as_absent()
    {
        var read = Reading.Yaml(Snippets.Header + "book: {}\nsections:\n  infrastructure: {}\n  change: {roles: {}}\n  financing: {stakeholders: []}\n");

        Assert.True(read.Succeeded, Reading.Describe(read));
        Assert.Equal(BookMatter.None, read.Plan!.Content.BookMatter);
        Assert.Equal(PlanSections.None, read.Plan.Content.Sections);
    }

    [Fact]
    public void A_date_that_is_no_day_is_reported_at_its_value_and_nothing_else_is_lost()
    {
        var read = Reading.Yaml(Snippets.Header + "book:\n  date: 15-12-2022\n  approval: {kind: Perbup, number: \"\"}\n");

        Assert.False(read.Succeeded);
        read.AssertAt("KRS150", 12, 9);
        Assert.Contains(read.Errors, e => e.Code == "KRS007" && e.Path == "book.approval.number");
    }

    [Fact]
    public void An_unknown_sub_section_is_refused_with_the_known_ones_named()
    {
        var read = Reading.Yaml(Snippets.Header + "sections:\n  infrastructure: {datacenter: Pusat data}\n");

        var problem = read.AssertAt("KRS003", 12, 20);
        Assert.Equal("sections.infrastructure.datacenter", problem.Path);
        Assert.Contains("dataCentre", problem.Format(Language.English), StringComparison.Ordinal);
    }
}
