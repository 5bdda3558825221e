using Karsa.Documents.Model;
using Karsa.Documents.Roadmap;
using Karsa.Documents.Text;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;

namespace Karsa.Documents.Building;

/// <summary>The executive summary, generated from the data: counts, costs by source, quick wins, budget use.</summary>
internal static class SummaryChapter
{
    public static Chapter Build(BookContext c)
    {
        var w = c.W;
        var scheduled = c.Scheduled.ToList();
        var quickWins = c.Plan.Programmes.Where(p => c.Schedule(p).QuickWin).ToList();
        var total = SpendingFigures.Total(c.Roadmap);
        var (cappedSpent, ceiling, share) = SpendingFigures.Capped(c.Roadmap);
        var costed = total.Value > 0;
        List<KeyFigure> keys =
        [
            new(w.T("Program", "Programmes"), Wording.Number(c.Plan.Programmes.Count)),
            new(w.T("Dijadwalkan", "Scheduled"), Wording.Number(scheduled.Count)),
            new("Quick win", Wording.Number(quickWins.Count)),
        ];
        if (costed)
        {
            keys.Add(new(w.T("Total belanja", "Total spending"), MoneyText.Compact(total.Value)));
        }

        if (share is { } s)
        {
            keys.Add(new(w.T("Pagu terpakai", "Budget used"), MoneyText.Percent(s)));
        }

        var spendingText = costed
            ? w.T($", dengan belanja seluruhnya {total}", $", spending {total} in all")
            : w.T("; rencana belum memuat biaya program, sehingga belanja belum dapat dihitung", "; the plan gives no programme costs yet, so spending cannot be summed");
        var blocks = new List<Block>
        {
            Paragraph.Plain(w.T(
                $"{w.Of(c.Content.Title)} memuat {c.Plan.Programmes.Count} program pada enam dimensi smart city untuk periode {c.Plan.Period}; {scheduled.Count} program dijadwalkan dalam peta jalan, termasuk {quickWins.Count} quick win{spendingText}.",
                $"{w.Of(c.Content.Title)} holds {c.Plan.Programmes.Count} programmes across the six smart city dimensions for {c.Plan.Period}; the roadmap schedules {scheduled.Count} of them, {quickWins.Count} as quick wins{spendingText}.")),
            new KeyFigures(keys),
        };
        var terms = Enum.GetValues<Term>();
        var excluded = w.T("Tidak dijadwalkan", "Not scheduled");
        blocks.Add(new Model.Table(
            [new(w.T("Dimensi", "Dimension"), Width: 2), .. terms.Select(t => new TableColumn(w.Of(t), ColumnAlign.Right)), new(excluded, ColumnAlign.Right), new(w.T("Jumlah", "Total"), ColumnAlign.Right)],
            [
                .. Dimensions.All.Select(d => CountRow(c, w.Of(d), c.Plan.Programmes.Where(p => p.Dimension == d).ToList(), false)),
                CountRow(c, w.T("Jumlah", "Total"), [.. c.Plan.Programmes], true),
            ],
            w.T("Jumlah program per dimensi dan jangka", "Programmes per dimension and term")));
        if (costed)
        {
            blocks.Add(BySource(c, total));
        }

        blocks.Add(new Subheading("Quick win", 1));
        blocks.Add(quickWins.Count == 0
            ? Paragraph.Plain(w.T("Belum ada quick win.", "No quick wins yet."))
            : BulletList.Plain(quickWins.Select(p => $"{p.Code} {w.Of(p.Name)} ({w.Of(p.Dimension)}, {c.Years(p)})")));
        blocks.Add(new Subheading(w.T("Penggunaan pagu", "Use of the ceilings"), 1));
        blocks.Add(Paragraph.Plain(share switch
        {
            null => w.T("Rencana belum menetapkan pagu anggaran.", "The plan sets no budget ceilings."),
            { } used when costed => w.T(
                $"Belanja pada sumber yang dibatasi pagu sebesar {cappedSpent} dari pagu {ceiling} ({MoneyText.Percent(used)}).",
                $"Spending on capped sources is {cappedSpent} of ceilings of {ceiling} ({MoneyText.Percent(used)})."),
            _ => w.T(
                $"Pagu anggaran ditetapkan sebesar {ceiling}; penggunaannya belum dapat dihitung karena biaya program belum dicantumkan.",
                $"The budget ceilings total {ceiling}; their use cannot be computed until the programmes' costs are given."),
        }));
        return new Chapter(w.T("Ringkasan Eksekutif", "Executive Summary"), blocks, []);
    }

    private static Model.Table BySource(BookContext c, Domain.Primitives.Rupiah total)
    {
        var w = c.W;
        return new Model.Table(
            [new(w.T("Sumber dana", "Funding source"), Width: 2), new(w.T("Belanja", "Spending"), ColumnAlign.Right, 2), new(w.T("Porsi", "Share"), ColumnAlign.Right)],
            [
                .. SpendingFigures.BySource(c.Roadmap).Select(x => new TableRow([w.Of(x.Source), x.Spent.ToString(), MoneyText.Percent((decimal)x.Spent.Value / total.Value)])),
                new TableRow([w.T("Jumlah", "Total"), total.ToString(), MoneyText.Percent(1)], IsTotal: true),
            ],
            w.T("Belanja menurut sumber dana", "Spending by funding source"));
    }

    private static TableRow CountRow(BookContext c, string label, List<Domain.Programmes.Programme> programmes, bool total) => new(
        [
            label,
            .. Enum.GetValues<Term>().Select(t => Wording.Number(programmes.Count(p => c.Schedule(p).Term == t))),
            Wording.Number(programmes.Count(p => !c.Schedule(p).Scheduled)),
            Wording.Number(programmes.Count),
        ],
        total);
}
