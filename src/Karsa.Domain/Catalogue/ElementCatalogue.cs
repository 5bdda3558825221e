using Karsa.Domain.Primitives;

namespace Karsa.Domain.Catalogue;

/// <summary>
/// The reference catalogue of the six dimensions' 18 elements, extended by a plan's own elements.
/// Invariant: codes are unique across reference and own elements.
/// </summary>
public sealed class ElementCatalogue
{
    private readonly Dictionary<ElementCode, Element> _byCode;

    /// <summary>The 18 reference elements, three per dimension, in the framework's order.</summary>
    public static IReadOnlyList<Element> Reference { get; } =
    [
        new(new("public-service"), Dimension.Governance, new("Pelayanan publik", "Public service")),
        new(new("bureaucracy"), Dimension.Governance, new("Manajemen birokrasi", "Bureaucracy management")),
        new(new("public-policy"), Dimension.Governance, new("Kebijakan publik", "Public policy")),
        new(new("tourism"), Dimension.Branding, new("Pemasaran pariwisata", "Tourism branding")),
        new(new("business"), Dimension.Branding, new("Pemasaran bisnis", "Business branding")),
        new(new("city-appearance"), Dimension.Branding, new("Penataan wajah kota", "City appearance")),
        new(new("industry"), Dimension.Economy, new("Industri", "Industry")),
        new(new("welfare"), Dimension.Economy, new("Kesejahteraan rakyat", "Welfare")),
        new(new("transaction"), Dimension.Economy, new("Ekosistem transaksi keuangan", "Transaction ecosystem")),
        new(new("harmony"), Dimension.Living, new("Harmonisasi tata ruang", "Spatial harmony")),
        new(new("health"), Dimension.Living, new("Kesehatan", "Health")),
        new(new("mobility"), Dimension.Living, new("Mobilitas", "Mobility")),
        new(new("community"), Dimension.Society, new("Komunitas masyarakat", "Community")),
        new(new("learning"), Dimension.Society, new("Ekosistem belajar", "Learning ecosystem")),
        new(new("security"), Dimension.Society, new("Keamanan", "Security and safety")),
        new(new("protection"), Dimension.Environment, new("Proteksi lingkungan", "Environmental protection")),
        new(new("waste"), Dimension.Environment, new("Pengelolaan sampah", "Waste management")),
        new(new("energy"), Dimension.Environment, new("Pengelolaan energi", "Energy management")),
    ];

    /// <summary>Builds the catalogue of a plan: the reference elements plus <paramref name="own"/>.</summary>
    public ElementCatalogue(IEnumerable<Element> own)
    {
        Own = own.ToValueList();
        _byCode = [];
        foreach (var element in Reference.Concat(Own))
        {
            if (!_byCode.TryAdd(element.Code, element))
            {
                throw new Diagnostics.DomainException(Diagnostics.Problems.DuplicateElement(element.Code.Value));
            }
        }
    }

    /// <summary>The plan's own elements, in the author's order.</summary>
    public ValueList<Element> Own { get; }

    /// <summary>Reference then own elements.</summary>
    public IEnumerable<Element> All => Reference.Concat(Own);

    /// <summary>Looks an element up by code.</summary>
    public bool TryFind(ElementCode code, out Element element) => _byCode.TryGetValue(code, out element!);

    /// <summary>The elements of one dimension, reference first.</summary>
    public IEnumerable<Element> Of(Dimension dimension) => All.Where(e => e.Dimension == dimension);
}
