using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Plans;

/// <summary>
/// The front matter of the masterplan book: the foreword (Kata Pengantar), the regional head's address
/// (Sambutan), the regulation that enacts the plan and the book's issue date. Every part is optional;
/// the book marks an absent part as a template for the region to fill in, never with stock text.
/// </summary>
/// <param name="Foreword">Kata Pengantar: Markdown text and who signs it (often the head of the implementing team).</param>
/// <param name="Address">Sambutan: Markdown text and the regent's or mayor's name.</param>
/// <param name="Approval">The regulation enacting the masterplan (e.g. Peraturan Bupati).</param>
/// <param name="IssueDate">The date the book is issued; the cover shows it.</param>
public sealed record BookMatter(SignedText? Foreword = null, SignedText? Address = null, Approval? Approval = null, DateOnly? IssueDate = null)
{
    /// <summary>No front matter at all (the default of a plan).</summary>
    public static BookMatter None { get; } = new();

    /// <summary>True when the plan gives no front matter.</summary>
    public bool IsEmpty => Equals(None);
}

/// <summary>
/// A signed piece of front matter: Markdown text with its signer. Invariant: a signer's name, when
/// given, is not blank (KRS007 at <c>name</c>).
/// </summary>
public sealed record SignedText
{
    /// <summary>Creates a signed text; <paramref name="name"/> and <paramref name="title"/> may be null.</summary>
    public SignedText(LocalizedText text, string? name = null, LocalizedText? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException(Problems.EmptyText().Under("name"));
        }

        (Text, Name, Title) = (text, name, title);
    }

    /// <summary>The text, Markdown.</summary>
    public LocalizedText Text { get; }

    /// <summary>The signer's name, e.g. the regent's.</summary>
    public string? Name { get; }

    /// <summary>The signer's office, e.g. "Kepala Bappeda".</summary>
    public LocalizedText? Title { get; }
}

/// <summary>
/// The regulation that enacts the masterplan. Invariant: the kind and number are not blank (KRS007 at
/// <c>kind</c> or <c>number</c>).
/// </summary>
public sealed record Approval
{
    /// <summary>Creates an approval; <paramref name="date"/> and <paramref name="title"/> may be null.</summary>
    public Approval(LocalizedText kind, string number, DateOnly? date = null, LocalizedText? title = null)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (string.IsNullOrWhiteSpace(number))
        {
            throw new DomainException(Problems.EmptyText().Under("number"));
        }

        (Kind, Number, Date, Title) = (kind, number, date, title);
    }

    /// <summary>The kind of regulation, e.g. "Peraturan Bupati".</summary>
    public LocalizedText Kind { get; }

    /// <summary>Its number, e.g. "45 Tahun 2022".</summary>
    public string Number { get; }

    /// <summary>The day it was enacted.</summary>
    public DateOnly? Date { get; }

    /// <summary>Its title ("tentang ...").</summary>
    public LocalizedText? Title { get; }
}
