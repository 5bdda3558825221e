using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Catalogue;

namespace Karsa.Documents.Building;

/// <summary>Buku II, chapter 2: strategies per dimension and the elements they work on.</summary>
internal static class StrategyChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var draft = new ChapterDraft(c, number, w.T("Strategi per Dimensi", "Strategy per Dimension"))
            .Narrative("strategy", null);
        foreach (var dimension in Dimensions.All)
        {
            draft.Section(w.Of(dimension));
            var strategies = c.Content.Strategies.Where(s => s.Dimension == dimension).ToList();
            if (strategies.Count == 0)
            {
                draft.Text(w.T("Strategi dimensi ini belum dirumuskan.", "No strategy has been written for this dimension yet."));
            }

            foreach (var strategy in strategies)
            {
                draft.Add(new Subheading(w.Of(strategy.Title), 1));
                if (strategy.Description is { } description)
                {
                    draft.Add(MarkdownBlocks.Parse(description));
                }
            }

            draft.Table($"{w.T("Elemen", "Elements of")} {w.Of(dimension)}",
                [new(w.T("Elemen", "Element"), Width: 3), new(w.T("Asal", "Origin"), Width: 2), new(w.T("Program", "Programmes"), ColumnAlign.Right)],
                c.Plan.Catalogue.Of(dimension).Select(e => new TableRow([
                    w.Of(e.Name),
                    e.IsReference ? w.T("Katalog nasional", "National catalogue") : w.T("Elemen daerah", "Regional element"),
                    Wording.Number(c.Plan.Programmes.Count(p => p.Element == e.Code)),
                ])));
        }

        return draft.Build();
    }
}
