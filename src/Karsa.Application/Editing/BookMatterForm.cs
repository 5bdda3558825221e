using System.Globalization;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Found = Karsa.Domain.Diagnostics.Problems;

namespace Karsa.Application.Editing;

/// <summary>
/// The book's front matter form (<see cref="SectionForm.BookMatter"/>): the issue date <c>book.date</c>;
/// the foreword and the regent's address, each Markdown text in both languages with its signer
/// (<c>book.foreword.text.id</c>, <c>book.foreword.name</c>, <c>book.foreword.title.id</c>, ...); and the
/// approval (<c>book.approval.kind.id</c>, <c>book.approval.number</c>, <c>book.approval.date</c>,
/// <c>book.approval.title.id</c>, ...). Dates are written YYYY-MM-DD (KRS150 otherwise); a part left
/// wholly blank is absent.
/// </summary>
public static class BookMatterForm
{
    private const string Book = "book";

    /// <summary>The signed parts: the foreword (Kata Pengantar) and the address (Sambutan).</summary>
    public static IReadOnlyList<string> SignedParts { get; } = ["foreword", "address"];

    /// <summary>The fields, in form order.</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        Path("date"),
        .. SignedParts.SelectMany(SignedFields),
        .. Both(Path("approval").Field("kind")), Path("approval").Field("number"), Path("approval").Field("date"), .. Both(Path("approval").Field("title")),
    ];

    /// <summary>The Markdown fields, which the page previews.</summary>
    public static IReadOnlyList<string> MarkdownFields { get; } = [.. SignedParts.SelectMany(p => Both(Path(p).Field("text")))];

    /// <summary>The fields of a signed part (<c>foreword</c> or <c>address</c>): text and signer's office in both languages, and the signer's name.</summary>
    public static IReadOnlyList<string> SignedFields(string part) =>
        [.. Both(Path(part).Field("text")), Path(part).Field("name"), .. Both(Path(part).Field("title"))];

    /// <summary>The form filled with <paramref name="plan"/>'s front matter.</summary>
    public static FormFields Of(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var matter = plan.Content.BookMatter;
        var values = new Dictionary<string, string?> { [Path("date")] = Date(matter.IssueDate) };
        Signed(values, "foreword", matter.Foreword);
        Signed(values, "address", matter.Address);
        var approval = Path("approval");
        Localized(values, approval.Field("kind"), matter.Approval?.Kind);
        values[approval.Field("number")] = matter.Approval?.Number;
        values[approval.Field("date")] = Date(matter.Approval?.Date);
        Localized(values, approval.Field("title"), matter.Approval?.Title);
        return new FormFields(values);
    }

    /// <summary>A <see cref="SetBookMatter"/> when the typed front matter differs from the stored one, or the problems of the typed values.</summary>
    public static FormEdits Edits(Masterplan plan, FormFields fields)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(fields);
        var read = new FieldReader(fields);
        var issued = ReadDate(read, Path("date"));
        var foreword = ReadSigned(read, "foreword");
        var address = ReadSigned(read, "address");
        var approval = ReadApproval(read);
        if (read.Problems.Count > 0)
        {
            return FormEdits.Refused(read.Problems);
        }

        var matter = new BookMatter(foreword, address, approval, issued);
        return matter.Equals(plan.Content.BookMatter) ? FormEdits.Of() : FormEdits.Of(new SetBookMatter(matter));
    }

    /// <summary>A date typed as YYYY-MM-DD at <paramref name="path"/>, or null when blank (KRS150 when it is not a calendar day).</summary>
    internal static DateOnly? ReadDate(FieldReader read, string path)
    {
        if (read.Fields.Text(path) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        read.Problems.Add(Found.BadDate(text).Under(path));
        return null;
    }

    private static SignedText? ReadSigned(FieldReader read, string part)
    {
        var path = Path(part);
        if (FormRows.IsBlank(read.Fields, SignedFields(part)))
        {
            return null;
        }

        var text = read.Localized(path.Field("text"), required: true);
        var name = read.Fields.Text(path.Field("name"));
        var title = read.Localized(path.Field("title"), required: false);
        return text is not null && read.TryBuild(path, () => new SignedText(text, name, title), out var signed) ? signed : null;
    }

    private static Approval? ReadApproval(FieldReader read)
    {
        var path = Path("approval");
        if (FormRows.IsBlank(read.Fields, Fields.Where(f => f.StartsWith(path + ".", StringComparison.Ordinal))))
        {
            return null;
        }

        var kind = read.Localized(path.Field("kind"), required: true);
        var number = read.Text(path.Field("number"), required: true);
        var date = ReadDate(read, path.Field("date"));
        var title = read.Localized(path.Field("title"), required: false);
        return kind is not null && number is not null && read.TryBuild(path, () => new Approval(kind, number, date, title), out var approval) ? approval : null;
    }

    private static void Signed(Dictionary<string, string?> values, string part, SignedText? signed)
    {
        var path = Path(part);
        Localized(values, path.Field("text"), signed?.Text);
        values[path.Field("name")] = signed?.Name;
        Localized(values, path.Field("title"), signed?.Title);
    }

    private static void Localized(Dictionary<string, string?> values, string path, LocalizedText? text)
    {
        values[path.Field("id")] = text?.Indonesian;
        values[path.Field("en")] = text?.English;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Path(string field) => Book.Field(field);

    private static string[] Both(string path) => [path.Field("id"), path.Field("en")];
}
