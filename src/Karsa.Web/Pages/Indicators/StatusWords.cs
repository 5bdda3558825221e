using Karsa.Monitoring.Indicators;
using Karsa.Web.Localization;

namespace Karsa.Web.Pages.Indicators;

/// <summary>An indicator status as pages show it: its words and its badge's class.</summary>
public static class StatusWords
{
    /// <summary>The status in the request's language.</summary>
    public static string Name(IndicatorStatus status) => status switch
    {
        IndicatorStatus.OnTrack => Say.T("Sesuai jalur", "On track"),
        IndicatorStatus.AtRisk => Say.T("Berisiko", "At risk"),
        IndicatorStatus.OffTrack => Say.T("Keluar jalur", "Off track"),
        IndicatorStatus.NotReported => Say.T("Belum dilaporkan", "Not reported"),
        IndicatorStatus.Stale => Say.T("Data kedaluwarsa", "Stale"),
        _ => Say.T("Tanpa lintasan target", "No trajectory"),
    };

    /// <summary>The badge class: good, warn, bad or plain.</summary>
    public static string Class(IndicatorStatus status) => status switch
    {
        IndicatorStatus.OnTrack => "badge status-good",
        IndicatorStatus.AtRisk => "badge status-warn",
        IndicatorStatus.OffTrack => "badge status-bad",
        _ => "badge",
    };

    /// <summary>The WCCD level's name.</summary>
    public static string Level(WccdLevel level) => level switch
    {
        WccdLevel.None => Say.T("Belum mencapai tingkat", "No level yet"),
        _ => level.ToString(),
    };
}
