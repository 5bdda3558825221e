using Karsa.Domain.Primitives;

namespace Karsa.Domain.Programmes;

/// <summary>A funding source a plan knows, with its name and an optional description.</summary>
/// <param name="Source">The source (its key).</param>
/// <param name="Name">The name shown in pages, sheets and books.</param>
/// <param name="Description">What it is, when the plan says so.</param>
public sealed record FundingSourceDefinition(FundingSource Source, LocalizedText Name, LocalizedText? Description = null);

/// <summary>
/// The funding sources a plan knows, in order: the national defaults (APBD, APBD Provinsi, APBN, DAK,
/// DID, Dana Desa, BLUD, KPBU, CSR, Lainnya) then the plan's own additions in the plan's order. The one
/// place a source's name comes from. An addition whose key is a default's or another addition's is
/// refused by the plan rules (KRS147); here the first definition of a key wins.
/// </summary>
public sealed record FundingSourceCatalog
{
    private readonly Dictionary<FundingSource, int> _rank;

    /// <summary>Creates the catalogue of the defaults and <paramref name="additions"/>.</summary>
    public FundingSourceCatalog(ValueList<FundingSourceDefinition> additions)
    {
        Additions = additions;
        All = [.. NationalDefaults.Concat(additions).GroupBy(d => d.Source).Select(g => g.First())];
        _rank = All.Select((d, i) => (d.Source, i)).ToDictionary(p => p.Source, p => p.i);
    }

    /// <summary>The national defaults, in their order.</summary>
    public static IReadOnlyList<FundingSourceDefinition> NationalDefaults { get; } =
    [
        new(FundingSource.Apbd, new("APBD"), new("Anggaran pendapatan dan belanja daerah kabupaten/kota", "The regency's or city's own budget")),
        new(FundingSource.ApbdProvinsi, new("APBD Provinsi", "Provincial APBD"), new("Bantuan keuangan dari APBD provinsi", "Financial aid from the provincial budget")),
        new(FundingSource.Apbn, new("APBN"), new("Anggaran pendapatan dan belanja negara", "The national budget")),
        new(FundingSource.Dak, new("DAK"), new("Dana alokasi khusus", "Special allocation fund")),
        new(FundingSource.Did, new("DID"), new("Dana insentif daerah", "Regional incentive fund")),
        new(FundingSource.DanaDesa, new("Dana Desa"), new("Dana desa dari APBN", "Village funds from the national budget")),
        new(FundingSource.Blud, new("BLUD"), new("Pendapatan badan layanan umum daerah (mis. RSUD)", "A regional public service agency's own revenue (e.g. a hospital)")),
        new(FundingSource.Kpbu, new("KPBU"), new("Kerja sama pemerintah dan badan usaha", "Public-private partnership")),
        new(FundingSource.Csr, new("CSR"), new("Tanggung jawab sosial perusahaan dan sponsor", "Corporate social responsibility and sponsors")),
        new(FundingSource.Other, new("Lainnya", "Other"), new("Sumber lain yang sah", "Any other lawful source")),
    ];

    /// <summary>The catalogue of a plan that adds nothing: the national defaults.</summary>
    public static FundingSourceCatalog Defaults { get; } = new([]);

    /// <summary>The sources the plan adds to the defaults, as the plan file lists them.</summary>
    public ValueList<FundingSourceDefinition> Additions { get; }

    /// <summary>Every source the plan knows, defaults first.</summary>
    public IReadOnlyList<FundingSourceDefinition> All { get; }

    /// <summary>Every source the plan knows, in the catalogue's order.</summary>
    public IEnumerable<FundingSource> Sources => All.Select(d => d.Source);

    /// <summary>The keys of every source the plan knows, in order (for messages).</summary>
    public IEnumerable<string> Keys => All.Select(d => d.Source.Key);

    /// <summary>The catalogue's order of sources: known ones in the catalogue's order, then unknown ones by key.</summary>
    public IComparer<FundingSource> Order => Comparer<FundingSource>.Create((a, b) =>
    {
        var (x, y) = (_rank.GetValueOrDefault(a, int.MaxValue), _rank.GetValueOrDefault(b, int.MaxValue));
        return x != y ? x.CompareTo(y) : string.CompareOrdinal(a.Key, b.Key);
    });

    /// <summary>True when the plan knows <paramref name="source"/>.</summary>
    public bool Knows(FundingSource source) => _rank.ContainsKey(source);

    /// <summary>The source with <paramref name="key"/>, when the plan knows it.</summary>
    public bool TryFind(string? key, out FundingSource source)
    {
        source = FundingSource.IsKey(key) ? new FundingSource(key!) : default;
        return source.Key is not null && Knows(source);
    }

    /// <summary>The definition of <paramref name="source"/>; one named by its key when the plan does not know it.</summary>
    public FundingSourceDefinition Definition(FundingSource source) => _rank.TryGetValue(source, out var rank) ? All[rank] : new(source, new LocalizedText(source.Key));

    /// <summary>The name of <paramref name="source"/>; its key when the plan does not know it.</summary>
    public LocalizedText Name(FundingSource source) => Definition(source).Name;

    /// <summary>The name of <paramref name="source"/> in <paramref name="language"/>.</summary>
    public string Label(FundingSource source, Language language) => Name(source).In(language);

    /// <summary>Position of a national default (0-9); 10 for any other source.</summary>
    internal static int DefaultRank(FundingSource source) => Defaults._rank.GetValueOrDefault(source, NationalDefaults.Count);

    /// <inheritdoc />
    public bool Equals(FundingSourceCatalog? other) => other is not null && Additions.Equals(other.Additions);

    /// <inheritdoc />
    public override int GetHashCode() => Additions.GetHashCode();
}
