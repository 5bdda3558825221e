using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Tests;

public sealed class ValueTypeTests
{
    [Theory]
    [InlineData(1_250_000_000L, "Rp 1.250.000.000")]
    [InlineData(0L, "Rp 0")]
    [InlineData(999L, "Rp 999")]
    [InlineData(-5_000L, "-Rp 5.000")]
    [InlineData(long.MaxValue, "Rp 9.223.372.036.854.775.807")]
    public void Rupiah_prints_in_Indonesian_form(long amount, string expected) =>
        Assert.Equal(expected, new Rupiah(amount).ToString());

    [Fact]
    public void Rupiah_arithmetic_refuses_to_overflow()
    {
        Assert.Equal(new Rupiah(3), new Rupiah(1) + new Rupiah(2));
        Assert.Throws<OverflowException>(() => new Rupiah(long.MaxValue) + new Rupiah(1));
    }

    [Fact]
    public void Negative_costs_are_refused_with_a_coded_problem()
    {
        var error = Assert.Throws<DomainException>(() => new CostLine(new FiscalYear(2024), FundingSource.Apbd, new Rupiah(-1)));
        Assert.Equal("KRS013", Assert.Single(error.Problems).Code);
    }

    [Theory]
    [InlineData(1944)]
    [InlineData(2201)]
    public void Fiscal_years_outside_the_accepted_range_are_refused(int year)
    {
        var error = Assert.Throws<DomainException>(() => new FiscalYear(year));
        Assert.Equal("KRS012", error.Problems[0].Code);
    }

    [Theory]
    [InlineData("33", 1, null)]
    [InlineData("33.13", 2, "33")]
    [InlineData("33.13.09", 3, "33.13")]
    [InlineData("33.13.09.2001", 4, "33.13.09")]
    public void Region_codes_know_their_level_and_parent(string code, int level, string? parent)
    {
        var region = new RegionCode(code);
        Assert.Equal(level, region.Level);
        Assert.Equal(parent, region.Parent?.Value);
    }

    [Theory]
    [InlineData("3313")]
    [InlineData("33.1")]
    [InlineData("33.13.")]
    [InlineData("33.13.9")]
    [InlineData("")]
    public void Malformed_region_codes_are_refused(string code)
    {
        var error = Assert.Throws<DomainException>(() => new RegionCode(code));
        Assert.Equal("KRS010", error.Problems[0].Code);
    }

    [Fact]
    public void District_codes_lie_within_their_region()
    {
        Assert.True(new RegionCode("33.13.09").IsWithin(new RegionCode("33.13")));
        Assert.False(new RegionCode("33.14.09").IsWithin(new RegionCode("33.13")));
        Assert.False(new RegionCode("33.13").IsWithin(new RegionCode("33.13")));
    }

    [Theory]
    [InlineData("GOV 01")]
    [InlineData("-GOV")]
    [InlineData("<script>")]
    [InlineData("a123456789012345678901234567890123456789x")]
    public void Malformed_programme_codes_are_refused(string code)
    {
        var error = Assert.Throws<DomainException>(() => new ProgrammeCode(code));
        Assert.Equal("KRS011", error.Problems[0].Code);
    }

    [Fact]
    public void Value_lists_compare_by_content()
    {
        ValueList<int> a = [1, 2, 3];
        ValueList<int> b = new[] { 1, 2, 3 }.ToValueList();
        ValueList<int> c = [1, 3, 2];

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal(default(ValueList<int>), new ValueList<int>([]));
    }

    [Fact]
    public void Localized_text_falls_back_to_Indonesian()
    {
        var both = new LocalizedText("Pelayanan publik", "Public service");
        LocalizedText onlyIndonesian = "Pelayanan publik";

        Assert.Equal("Public service", both.In(Language.English));
        Assert.Equal("Pelayanan publik", onlyIndonesian.In(Language.English));
        Assert.Throws<DomainException>(() => new LocalizedText("  "));
    }

    [Fact]
    public void Terms_follow_the_boundaries()
    {
        var terms = new TermBoundaries(quickWinYears: 1, shortTermYears: 3, mediumTermYears: 7);

        Assert.Equal(Term.ShortTerm, terms.TermOf(1));
        Assert.Equal(Term.ShortTerm, terms.TermOf(3));
        Assert.Equal(Term.MediumTerm, terms.TermOf(4));
        Assert.Equal(Term.LongTerm, terms.TermOf(8));
        Assert.Throws<DomainException>(() => new TermBoundaries(2, 1, 5));
    }

    [Fact]
    public void Ceiling_scaling_rounds_down_to_whole_rupiah_and_applies_only_where_asked()
    {
        var cut = new CeilingScale(0.8m, FundingSource.Apbd, new FiscalYear(2024));

        Assert.Equal(new Rupiah(799_999), cut.Scale(new Rupiah(999_999)));
        Assert.True(cut.Applies(new FiscalYear(2025), FundingSource.Apbd));
        Assert.False(cut.Applies(new FiscalYear(2023), FundingSource.Apbd));
        Assert.False(cut.Applies(new FiscalYear(2025), FundingSource.Csr));
    }

    [Fact]
    public void Indonesian_decimals_use_a_comma()
    {
        Assert.Equal("1.234,5", IndonesianNumbers.FormatDecimal(1234.5m));
        Assert.Equal("3,31", IndonesianNumbers.FormatDecimal(3.31m));
    }
}
