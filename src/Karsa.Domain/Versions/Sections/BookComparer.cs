using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Versions.Sections;

/// <summary>
/// The book's front matter: its issue date, the foreword and the address (paragraph by paragraph, and
/// their signers), and the approving regulation (kind, number, date, title).
/// </summary>
public sealed class BookComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "book";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var (a, b) = (older.BookMatter, newer.BookMatter);
        var date = a.IssueDate == b.IssueDate
            ? null
            : new ItemChange("issueDate", "issueDate", "book.date", ChangeKinds.Between(a.IssueDate, b.IssueDate))
            {
                Old = Values.Date(a.IssueDate),
                New = Values.Date(b.IssueDate),
            };
        var approval = Keyed.One(a.Approval, b.Approval, "book.approval", "approval", Regulation, (x, y, fields) => fields
            .Value("regulationKind", Values.Text(x.Kind), Values.Text(y.Kind))
            .Value("number", Values.Code(x.Number), Values.Code(y.Number))
            .Value("date", Values.Date(x.Date), Values.Date(y.Date))
            .Value("regulationTitle", Values.Text(x.Title), Values.Text(y.Title)));
        return new[] { date, Signed(a.Foreword, b.Foreword, "foreword"), Signed(a.Address, b.Address, "address"), approval }.OfType<ItemChange>();
    }

    private static ItemChange? Signed(SignedText? older, SignedText? newer, string part) =>
        Keyed.One(older, newer, "book".Field(part), part, s => Values.Text(s.Text), (x, y, fields) =>
            Paragraphs.Compare(fields, "book".Field(part).Field("text"), x.Text, y.Text)
                .Value("signer", Values.Text(x.Name), Values.Text(y.Name))
                .Value("signerTitle", Values.Text(x.Title), Values.Text(y.Title)));

    /// <summary>"Peraturan Bupati 45 Tahun 2022" in both languages.</summary>
    private static ChangeValue Regulation(Approval approval) =>
        new TextValue(new LocalizedText($"{approval.Kind.Indonesian} {approval.Number}", approval.Kind.English is { } en ? $"{en} {approval.Number}" : null));
}
