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
                new(w.T("Luas wilayah", "Area"), region.AreaKm2 is { } area ? $"{Wording.Number(area.Value)} km² ({area.Year})" : "-"),
                new(w.T("Kecamatan", "Districts"), Wording.Number(region.Districts.Count)),
            ]))
            .Narrative("geography", w.T(
                $"{region.FullName} terletak di Provinsi {region.Province} dan terdiri atas {region.Districts.Count} kecamatan.",
                $"{region.FullName} lies in {region.Province} province and has {region.Districts.Count} districts."))
            .Section(w.T("Kependudukan", "Population"));
        if (region.Population is { } population)
        {
            draft.Add(new KeyFigures([
                new(w.T("Jumlah penduduk", "Population"), $"{Wording.Number(population.Value)} ({population.Year})"),
                new(w.T("Kepadatan", "Density"), region.AreaKm2 is { } a ? $"{Wording.Number(population.Value / a.Value, 1)} {w.T("jiwa/km²", "per km²")}" : "-"),
            ]));
        }

        draft.Narrative("population", region.Population is null ? w.T("Data penduduk belum dicantumkan.", "Population data is not given.") : null);
        draft.Section(w.T("Wilayah Kecamatan", "Districts"));
        var served = c.Plan.Programmes.SelectMany(p => p.Districts).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        draft.Table(w.T("Kecamatan dan jumlah program khusus", "Districts and programmes aimed at them"),
            [new(w.T("Kode", "Code"), ColumnAlign.Center), new(w.T("Kecamatan", "District"), Width: 3), new(w.T("Program khusus", "Targeted programmes"), ColumnAlign.Right)],
            region.Districts.Select(d => new TableRow([d.Code.Value, d.Name, Wording.Number(served.GetValueOrDefault(d.Code))])));
        return draft.Section(w.T("Perekonomian", "Economy"))
            .Narrative("economy", w.T("Uraian perekonomian daerah belum dicantumkan dalam rencana.", "The plan does not yet describe the regional economy."))
            .Build();
    }
}
