using Karsa.Documents.Model;
using Karsa.Documents.Text;

namespace Karsa.Documents.Tests;

public class MarkdownBlocksTests
{
    [Fact]
    public void Headings_paragraph_emphasis_lists_and_links_become_blocks()
    {
        var blocks = MarkdownBlocks.Parse("# Judul\n\nTeks **tebal** dan *miring* dengan [tautan](https://contoh.id).\n\n1. satu\n2. dua\n\n- a\n- b");
        Assert.Equal(new Subheading("Judul", 1), blocks[0]);
        var paragraph = Assert.IsType<Paragraph>(blocks[1]);
        Assert.Contains(paragraph.Runs, r => r is { Text: "tebal", Bold: true, Italic: false });
        Assert.Contains(paragraph.Runs, r => r is { Text: "miring", Italic: true, Bold: false });
        Assert.Contains("tautan (https://contoh.id)", paragraph.Text, StringComparison.Ordinal);
        var ordered = Assert.IsType<BulletList>(blocks[2]);
        Assert.True(ordered.Ordered);
        Assert.Equal(["satu", "dua"], ordered.Items.Select(i => string.Concat(i.Select(r => r.Text))));
        Assert.False(Assert.IsType<BulletList>(blocks[3]).Ordered);
    }

    [Fact]
    public void Raw_html_stays_visible_text()
    {
        var blocks = MarkdownBlocks.Parse("<div onclick=x>kotak</div>\n\nTeks <b>inline</b> <script>alert(1)</script>");
        var all = string.Join("\n", blocks.OfType<Paragraph>().Select(p => p.Text));
        Assert.Contains("<div onclick=x>kotak</div>", all, StringComparison.Ordinal);
        Assert.Contains("<b>", all, StringComparison.Ordinal);
        Assert.Contains("<script>", all, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_table_becomes_a_table_with_its_header()
    {
        var table = Assert.IsType<Table>(Assert.Single(MarkdownBlocks.Parse("| Sektor | Porsi |\n|---|---|\n| Industri | 35% |\n| Tani | 20% |")));
        Assert.Equal(["Sektor", "Porsi"], table.Columns.Select(c => c.Header));
        Assert.Equal(["Industri", "35%"], table.Rows[0].Cells);
        Assert.Equal(2, table.Rows.Count);
    }
}
