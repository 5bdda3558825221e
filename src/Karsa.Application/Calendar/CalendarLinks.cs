namespace Karsa.Application.Calendar;

/// <summary>The app's paths the calendar's notices link to (the web app serves them).</summary>
public static class CalendarLinks
{
    /// <summary>A region's reporting calendar (planners).</summary>
    public static string Calendar(string region) => $"/wilayah/{region}/kalender";

    /// <summary>What an agency owes in a region ("Kewajiban laporan").</summary>
    public static string Obligations(string region) => $"/wilayah/{region}/kewajiban";

    /// <summary>The signed-in user's notifications.</summary>
    public const string Notifications = "/notifikasi";
}
