using Karsa.Application.Jobs;
using static Karsa.Web.Localization.Say;

namespace Karsa.Web.Pages.Jobs;

/// <summary>A job's kind and state as the pages name them, in the request's language.</summary>
public static class JobWords
{
    /// <summary>The name of a job kind (<c>roadmap</c>, <c>explain</c>, <c>compare</c>, a PDF book).</summary>
    public static string Kind(string kind) => kind switch
    {
        JobKinds.Roadmap => T("Penyusunan peta jalan", "Roadmap solve"),
        JobKinds.Explain => T("Apa yang dibutuhkan", "What would it take"),
        JobKinds.Compare => T("Perbandingan skenario", "Scenario comparison"),
        _ => T("Buku PDF", "PDF book"),
    };

    /// <summary>The name of a job state (Queued, Running, Succeeded, Failed, Cancelled).</summary>
    public static string State(string state) => state switch
    {
        JobStates.Queued => T("Menunggu", "Queued"),
        JobStates.Running => T("Berjalan", "Running"),
        JobStates.Succeeded => T("Selesai", "Done"),
        JobStates.Failed => T("Gagal", "Failed"),
        _ => T("Dibatalkan", "Cancelled"),
    };
}
