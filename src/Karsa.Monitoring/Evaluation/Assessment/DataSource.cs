using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation.Assessment;

/// <summary>
/// Where a prefilled score comes from: a share of 0..1 measured in Karsa's own data and the words
/// that show it, e.g. "quick wins delivered: 4 of 5". Invariant: the share is within 0..1 (KRS016 at <c>share</c>).
/// </summary>
public sealed record DataSource
{
    /// <summary>Creates a source from its description and share.</summary>
    public DataSource(LocalizedText description, decimal share)
    {
        if (share is < 0m or > 1m)
        {
            throw new DomainException(Problems.OutOfRange(new LocalizedText("proporsi", "share"), Refusal.Text(share), "0..1").Under("share"));
        }

        (Description, Share) = (description, share);
    }

    /// <summary>What was measured and its value, as shown next to the score.</summary>
    public LocalizedText Description { get; }

    /// <summary>The measured share, exact.</summary>
    public decimal Share { get; }

    /// <summary>
    /// A count out of a total, e.g. quick wins delivered 4 of 5: share 4/5. Needs a total above zero
    /// and a count within 0..total (KRS016 at <c>total</c> or <c>count</c>).
    /// </summary>
    public static DataSource Count(LocalizedText what, int count, int total)
    {
        if (total <= 0)
        {
            throw new DomainException(Refusal.NotPositive(new LocalizedText("jumlah seluruhnya", "total"), total, "total"));
        }

        if (count < 0 || count > total)
        {
            throw new DomainException(Problems.OutOfRange(new LocalizedText("jumlah", "count"), Refusal.Text(count), $"0..{total}").Under("count"));
        }

        return new DataSource(
            new LocalizedText($"{what.Indonesian}: {count} dari {total}", $"{what.In(Language.English)}: {count} of {total}"),
            (decimal)count / total);
    }

    /// <summary>A share shown as a percentage, e.g. programmes on schedule: 73 % (the text is rounded, the share is not).</summary>
    public static DataSource Percentage(LocalizedText what, decimal share)
    {
        var shown = IndonesianNumbers.FormatDecimal(share * 100m, 1);
        var shownEnglish = Math.Round(share * 100m, 1).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        return new DataSource(new LocalizedText($"{what.Indonesian}: {shown} %", $"{what.In(Language.English)}: {shownEnglish} %"), share);
    }
}
