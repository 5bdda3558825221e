using Karsa.Domain.Primitives;

namespace Karsa.Domain.Regions;

/// <summary>Whether a region is a regency or a city.</summary>
public enum RegionKind
{
    /// <summary>Kabupaten (regency).</summary>
    Kabupaten,

    /// <summary>Kota (city).</summary>
    Kota,
}

/// <summary>A kecamatan (district) of the region, by its Home Affairs code.</summary>
public sealed record District(RegionCode Code, string Name);

/// <summary>A statistic with the year it refers to, e.g. population 955,116 in 2023.</summary>
public sealed record Measured<T>(T Value, FiscalYear Year);

/// <summary>
/// The regency or city a masterplan is for. Invariants: the code is at regency/city level; district
/// codes are unique and lie within the region's code; population and area are positive.
/// </summary>
public sealed record Region
{
    /// <summary>Creates a region, enforcing its invariants.</summary>
    public Region(RegionCode code, string name, RegionKind kind, string province, ValueList<District> districts,
        Measured<long>? population = null, Measured<decimal>? areaKm2 = null, FiscalYear? cohort = null)
    {
        if (code.Level != 2)
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.MalformedRegionCode(code.Value).Under("code"));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.EmptyText().Under("name"));
        }

        var seen = new HashSet<RegionCode>();
        for (var i = 0; i < districts.Count; i++)
        {
            var district = districts[i].Code;
            if (!district.IsWithin(code) || district.Level != 3 || !seen.Add(district))
            {
                throw new Diagnostics.DomainException(Diagnostics.Problems.BadDistrict(district.Value, code.Value).Under($"districts[{i}].code"));
            }
        }

        if (population is { Value: <= 0 })
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.OutOfRange(new LocalizedText("jumlah penduduk", "population"), population.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "> 0").Under("population.value"));
        }

        if (areaKm2 is { Value: <= 0 })
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.OutOfRange(new LocalizedText("luas (km²)", "area (km²)"), areaKm2.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "> 0").Under("areaKm2.value"));
        }

        (Code, Name, Kind, Province, Districts, Population, AreaKm2, Cohort) = (code, name, kind, province, districts, population, areaKm2, cohort);
    }

    /// <summary>Home Affairs code, e.g. 33.13.</summary>
    public RegionCode Code { get; }

    /// <summary>Name without the kind, e.g. "Karanganyar".</summary>
    public string Name { get; }

    /// <summary>Regency or city.</summary>
    public RegionKind Kind { get; }

    /// <summary>Province name, e.g. "Jawa Tengah".</summary>
    public string Province { get; }

    /// <summary>The districts (kecamatan) in the author's order.</summary>
    public ValueList<District> Districts { get; }

    /// <summary>Population with its reference year.</summary>
    public Measured<long>? Population { get; }

    /// <summary>Area in square kilometres with its reference year.</summary>
    public Measured<decimal>? AreaKm2 { get; }

    /// <summary>The year the region joined the Gerakan Menuju 100 Smart City programme (its cohort, e.g. 2021); null when the plan does not say.</summary>
    public FiscalYear? Cohort { get; }

    /// <summary>"Kabupaten Karanganyar" or "Kota Surakarta".</summary>
    public string FullName => $"{Kind} {Name}";
}
