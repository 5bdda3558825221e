using Karsa.Domain.Primitives;

namespace Karsa.Domain.Programmes;

/// <summary>The names of the programme kinds in both languages, for every page and book.</summary>
public static class ProgrammeKindNames
{
    /// <summary>The kind's name, e.g. "Peningkatan kapasitas" / "Capacity building".</summary>
    public static LocalizedText Name(this ProgrammeKind kind) => kind switch
    {
        ProgrammeKind.Application => new("Aplikasi", "Application"),
        ProgrammeKind.Infrastructure => new("Infrastruktur", "Infrastructure"),
        ProgrammeKind.Policy => new("Kebijakan", "Policy"),
        ProgrammeKind.CapacityBuilding => new("Peningkatan kapasitas", "Capacity building"),
        ProgrammeKind.Service => new("Layanan", "Service"),
        ProgrammeKind.Community => new("Komunitas", "Community"),
        ProgrammeKind.Data => new("Data", "Data"),
        _ => new("Lainnya", "Other"),
    };
}
