using Karsa.Documents.Model;
using Karsa.Documents.Rendering;

namespace Karsa.Documents.Tests;

/// <summary>How <see cref="ColumnWidths"/> shares a table's width: numbers whole, words in any column free to wrap.</summary>
public class ColumnWidthsTests
{
    [Fact]
    public void In_the_samples_action_plans_a_cost_not_yet_estimated_wraps_rather_than_narrow_the_programme_names()
    {
        var book = Books.Of(SamplePlan.Value);
        var plans = book.Volumes.SelectMany(v => v.Chapters).SelectMany(c => c.Lead.Concat(c.Sections.SelectMany(s => s.Blocks)))
            .OfType<Table>().Where(t => t.Caption?.Contains("Rencana aksi", StringComparison.Ordinal) == true).ToList();
        Assert.Contains(plans, t => t.Rows.Any(r => r.Cells[^1] == "belum diperkirakan"));

        foreach (var table in plans)
        {
            var shares = ColumnWidths.Shares(table);
            Assert.True(shares[1] > shares[^1], $"{table.Caption}: programme names get {shares[1]:P1}, the total cost {shares[^1]:P1}");
        }
    }

    [Fact]
    public void Amounts_in_a_right_aligned_column_are_never_narrower_than_the_longest_amount()
    {
        var amount = "Rp 125.380.000.000";
        var table = new Table([new("Uraian panjang sekali yang bisa dilipat", Width: 9), new("Biaya", ColumnAlign.Right)],
            [new(["Uraian " + string.Concat(Enumerable.Repeat("program yang panjang ", 20)), amount])]);

        var share = ColumnWidths.Shares(table)[1];

        Assert.True(share * 56 >= TextWidthEstimate.Em(amount), $"amount column {share:P1} of the page is narrower than '{amount}'");
    }
}
