using Karsa.Domain.Plans;

namespace Karsa.Domain.Versions.Sections;

/// <summary>The funding sources the plan adds to the national defaults: added, removed, renamed or re-described.</summary>
public sealed class FundingSourcesComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "fundingSources";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return Keyed.Items(older.FundingSources.Additions, newer.FundingSources.Additions, d => d.Source.Key, "fundingSources", "fundingSource", d => d.Name,
            (a, b, fields) => fields
                .Value("name", Values.Text(a.Name), Values.Text(b.Name))
                .Value("description", Values.Text(a.Description), Values.Text(b.Description)),
            d => Values.Text(d.Description));
    }
}
