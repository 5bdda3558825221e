using Karsa.Domain.Primitives;
using Karsa.Planning.Explanations;

namespace Karsa.Planning.Tests;

/// <summary>The sentence for a ceiling that cannot take a programme says what is left, and "penuh" only when nothing is.</summary>
public class BudgetPhraseTests
{
    private static readonly LocalizedText Apbn = new("APBN");

    [Fact]
    public void A_ceiling_with_room_left_is_said_to_fall_short_with_what_is_left_not_to_be_full()
    {
        var text = Phrases.CeilingTooSmall(Apbn, 2030, new Rupiah(0), new Rupiah(300_000_000), new Rupiah(700_000_000));

        Assert.Equal("APBN 2030 tidak cukup: sisa Rp 300.000.000 dari pagu Rp 300.000.000, program ini memerlukan Rp 700.000.000", text.In(Language.Indonesian));
        Assert.DoesNotContain("Rp 0", text.In(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_ceiling_used_up_is_full()
    {
        var text = Phrases.CeilingTooSmall(Apbn, 2028, new Rupiah(500_000_000), new Rupiah(500_000_000), new Rupiah(200_000_000));

        Assert.Equal("APBN 2028 penuh: pagu Rp 500.000.000 terpakai seluruhnya, program ini memerlukan Rp 200.000.000", text.In(Language.Indonesian));
        Assert.Equal("APBN 2028 is full: its Rp 500.000.000 ceiling is all used, this programme needs Rp 200.000.000", text.In(Language.English));
    }
}
