using Karsa.Documents.Text;
using Karsa.Domain.Plans;
using Karsa.Monitoring.Calendar;

namespace Karsa.Documents.Building;

/// <summary>How the book names the regulation that enacts the plan and the book's dates: said once, used by the cover, the approval page and the policy section.</summary>
internal static class ApprovalText
{
    /// <summary>A day as "15 Desember 2022" (English: "15 December 2022").</summary>
    public static string Day(Wording w, DateOnly day) => CalendarDays.Format(day, w.Language);

    /// <summary>"Peraturan Bupati Karanganyar Nomor 45 Tahun 2022 tanggal 15 Desember 2022 tentang ...".</summary>
    public static string Regulation(Wording w, Approval approval)
    {
        var text = $"{w.Of(approval.Kind)} {w.T("Nomor", "Number")} {approval.Number}";
        if (approval.Date is { } date)
        {
            text += $" {w.T("tanggal", "of")} {Day(w, date)}";
        }

        return approval.Title is { } title ? $"{text} {w.T("tentang", "on")} {w.Of(title)}" : text;
    }

    /// <summary>The sentence that says how the masterplan is enacted.</summary>
    public static string Enacted(Wording w, Approval approval) =>
        w.T($"Masterplan ini ditetapkan dengan {Regulation(w, approval)}.", $"This masterplan is enacted by {Regulation(w, approval)}.");
}
