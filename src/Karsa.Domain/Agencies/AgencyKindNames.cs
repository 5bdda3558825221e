using Karsa.Domain.Primitives;

namespace Karsa.Domain.Agencies;

/// <summary>The names of the agency kinds in both languages.</summary>
public static class AgencyKindNames
{
    /// <summary>The kind's name; the Indonesian institution names stay Indonesian in English text.</summary>
    public static LocalizedText Name(this AgencyKind kind) => kind switch
    {
        AgencyKind.Dinas => new("Dinas", "Dinas (service agency)"),
        AgencyKind.Badan => new("Badan", "Badan (agency)"),
        AgencyKind.Sekretariat => new("Sekretariat", "Sekretariat (secretariat)"),
        AgencyKind.Inspektorat => new("Inspektorat", "Inspektorat (inspectorate)"),
        AgencyKind.Kantor => new("Kantor", "Kantor (office)"),
        AgencyKind.Rsud => new("RSUD", "RSUD (regional hospital)"),
        AgencyKind.Kecamatan => new("Kecamatan", "Kecamatan (district office)"),
        _ => new("Lainnya", "Other"),
    };
}
