using Karsa.Domain.Primitives;

namespace Karsa.Domain.Agencies;

/// <summary>The kinds of regional apparatus (perangkat daerah).</summary>
public enum AgencyKind
{
    /// <summary>Dinas (service agency).</summary>
    Dinas,

    /// <summary>Badan (board, e.g. Bappeda, BPBD).</summary>
    Badan,

    /// <summary>Sekretariat (regional or council secretariat).</summary>
    Sekretariat,

    /// <summary>Inspektorat.</summary>
    Inspektorat,

    /// <summary>Kantor or unit (e.g. Satpol PP).</summary>
    Kantor,

    /// <summary>Regional hospital (RSUD).</summary>
    Rsud,

    /// <summary>Kecamatan office.</summary>
    Kecamatan,

    /// <summary>Anything else (BUMD, external partner).</summary>
    Other,
}

/// <summary>A regional agency (OPD) that leads or supports programmes.</summary>
public sealed record Agency
{
    /// <summary>Creates an agency; the name must not be empty.</summary>
    public Agency(AgencyCode code, string name, AgencyKind kind, int? capacity = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.EmptyText().Under("name"));
        }

        if (capacity is < 1)
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.OutOfRange(new Primitives.LocalizedText("kapasitas", "capacity"), capacity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), ">= 1").Under("capacity"));
        }

        (Code, Name, Kind, Capacity) = (code, name, kind, capacity);
    }

    /// <summary>Short code, e.g. DISKOMINFO.</summary>
    public AgencyCode Code { get; }

    /// <summary>Full name, e.g. "Dinas Komunikasi dan Informatika".</summary>
    public string Name { get; }

    /// <summary>Kind of apparatus.</summary>
    public AgencyKind Kind { get; }

    /// <summary>At most this many of its programmes may run at once (as lead); unlimited when null.</summary>
    public int? Capacity { get; }
}
