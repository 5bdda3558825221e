using Karsa.Documents.Model;
using Karsa.Documents.Text;

namespace Karsa.Documents.Building;

/// <summary>Buku I, chapter 2: geography, population, districts and economy of the region.</summary>
internal static class ProfileChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var region = c.Content.Region;
        var draft = new ChapterDraft(c, number, w.T("Profil Daerah", "Regional Profile"))
            .Section(w.T("Geografi", "Geography"))
            .Add(new KeyFigures([
                new(w.T("Provinsi", "Province"), region.Province),
                new(w.T("Kode wilayah", "Region code"), region.Code.Value),
                .. region.AreaKm2 is { } area ? [new KeyFigure(w.T("Luas wilayah", "Area"), $"{Wording.Number(area.Value)} km² ({area.Year})")] : Array.Empty<KeyFigure>(),
                .. region.Districts.Count > 0 ? [new KeyFigure(w.T("Kecamatan", "Districts"), Wording.Number(region.Districts.Count))] : Array.Empty<KeyFigure>(),
            ]))
            .Narrative("geography", region.Districts.Count > 0
                ? w.T($"{region.FullName} terletak di Provinsi {region.Province} dan terdiri atas {region.Districts.Count} kecamatan.",
                    $"{region.FullName} lies in {region.Province} province and has {region.Districts.Count} districts.")
                : w.T($"{region.FullName} terletak di Provinsi {region.Province}.", $"{region.FullName} lies in {region.Province} province."))
            .Section(w.T("Kependudukan", "Population"));
        if (region.Population is { } population)
        {
            draft.Add(new KeyFigures([
                new(w.T("Jumlah penduduk", "Population"), $"{Wording.Number(population.Value)} ({population.Year})"),
                new(w.T("Kepadatan", "Density"), region.AreaKm2 is { } a ? $"{Wording.Number(population.Value / a.Value, 1)} {w.T("jiwa/km²", "per km²")}" : "-"),
            ]));
        }

        if (region.Population is null)
        {
            draft.NarrativeOrMissing("population", MissingData.Sentence(w, w.T("Data penduduk belum diisi", "Population data is not filled in yet"),
                "region.population", w.T("(jumlah dan tahun)", "(number and year)")));
        }
        else
        {
            draft.Narrative("population", null);
        }

        draft.Section(w.T("Wilayah Kecamatan", "Districts"));
        if (region.Districts.Count == 0)
        {
            draft.Add(MissingData.Sentence(w, w.T("Daftar kecamatan belum diisi", "The districts are not filled in yet"),
                "region.districts", w.T("(kode dan nama kecamatan)", "(district codes and names)")));
            return Economy(c, draft);
        }

        var served = c.Plan.Programmes.SelectMany(p => p.Districts).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        draft.Table(w.T("Kecamatan dan jumlah program khusus", "Districts and programmes aimed at them"),
            [new(w.T("Kode", "Code"), ColumnAlign.Center), new(w.T("Kecamatan", "District"), Width: 3), new(w.T("Program khusus", "Targeted programmes"), ColumnAlign.Right)],
            region.Districts.Select(d => new TableRow([d.Code.Value, d.Name, Wording.Number(served.GetValueOrDefault(d.Code))])));
        return Economy(c, draft);
    }

    private static Chapter Economy(BookContext c, ChapterDraft draft)
    {
        var w = c.W;
        return draft.Section(w.T("Perekonomian", "Economy"))
            .NarrativeOrMissing("economy", MissingData.Sentence(w, w.T("Uraian perekonomian daerah belum diisi", "The regional economy is not described yet"),
                "narratives.economy", w.T("(Markdown)", "(Markdown)")))
            .Build();
    }
}
