using System.Globalization;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Regions;

namespace Karsa.Application.Editing;

/// <summary>
/// The region profile form (<see cref="SectionForm.Profile"/>), its fields named by their plan paths:
/// <c>region.code</c> (which cannot change), <c>region.name</c>, <c>region.kind</c>, <c>region.province</c>,
/// <c>region.population.value</c>/<c>.year</c>, <c>region.areaKm2.value</c>/<c>.year</c>,
/// <c>region.cohort</c> and <c>region.districts</c>: one district a line, its code then its name
/// (<c>33.13.01 Jatipuro</c>).
/// </summary>
public static class ProfileForm
{
    private const string Region = "region";

    /// <summary>The fields, in form order.</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        "region.code", "region.name", "region.kind", "region.province", "region.population.value", "region.population.year",
        "region.areaKm2.value", "region.areaKm2.year", "region.cohort", "region.districts",
    ];

    /// <summary>The form filled with <paramref name="plan"/>'s profile.</summary>
    public static FormFields Of(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var region = plan.Content.Region;
        return new FormFields(new Dictionary<string, string?>
        {
            ["region.code"] = region.Code.Value,
            ["region.name"] = region.Name,
            ["region.kind"] = region.Kind.ToString(),
            ["region.province"] = region.Province,
            ["region.cohort"] = region.Cohort?.Value.ToString(CultureInfo.InvariantCulture),
            ["region.districts"] = string.Join("\n", region.Districts.Select(d => $"{d.Code.Value} {d.Name}")),
        }
        .Concat(FieldReading.Fields("region.population", region.Population, IndonesianNumbers.FormatInteger))
        .Concat(FieldReading.Fields("region.areaKm2", region.AreaKm2, FieldReading.Number)));
    }

    /// <summary>
    /// The <see cref="SetRegionProfile"/> the typed values make of <paramref name="plan"/>'s profile, or
    /// their problems at their plan paths (another region code first: the districts are then not judged against it).
    /// </summary>
    public static FormEdits Edits(Masterplan plan, FormFields fields)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(fields);
        var read = new FieldReader(fields);
        var hasCode = read.TryBuild("region.code", () => new RegionCode(fields.Text("region.code") ?? string.Empty), out var code);
        if (hasCode && SetRegionProfile.CodeChange(plan.Content.Region, code) is { } changed)
        {
            read.Problems.Add(changed);
        }

        var name = read.Text("region.name", required: true);
        var kind = read.Choice<RegionKind>("region.kind");
        var province = read.Text("region.province", required: true);
        var population = read.Measured("region.population", read.Count);
        var area = read.Measured("region.areaKm2", read.Decimal);
        var cohort = read.Year("region.cohort");
        var districts = Districts(read);
        if (!hasCode || name is null || kind is null || province is null || read.Problems.Count > 0)
        {
            return FormEdits.Refused(read.Problems);
        }

        return read.TryBuild(Region, () => new Region(code, name, kind.Value, province, districts, population, area, cohort), out var region)
            ? FormEdits.Of(new SetRegionProfile(region))
            : FormEdits.Refused(read.Problems);
    }

    private static ValueList<District> Districts(FieldReader read)
    {
        var lines = (read.Fields.Text("region.districts") ?? string.Empty).ReplaceLineEndings("\n").Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var districts = new List<District>();
        for (var i = 0; i < lines.Count; i++)
        {
            var parts = lines[i].Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
            var path = $"region.districts[{i}]";
            var hasCode = read.TryBuild(path.Field("code"), () => new RegionCode(parts[0]), out var code);
            if (parts.Length < 2)
            {
                read.Problems.Add(Domain.Diagnostics.Problems.MissingField("name").Under(path.Field("name")));
            }
            else if (hasCode)
            {
                districts.Add(new District(code, parts[1]));
            }
        }

        return districts.ToValueList();
    }
}
