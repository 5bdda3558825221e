using Karsa.Domain.Primitives;
using Karsa.Domain.Regions;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>Reads <c>region</c>.</summary>
internal static class RegionMapper
{
    /// <summary>The region, or null when it has errors (reported).</summary>
    public static Region? ReadRegion(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Region);
        if (fields is null)
        {
            return null;
        }

        var code = context.ReadCode(fields.Required("code"), fields.PathOf("code"), c => new RegionCode(c));
        var name = context.ReadString(fields.Required("name"), fields.PathOf("name"));
        var kind = context.ReadKey(fields.Required("kind"), fields.PathOf("kind"), PlanKeys.RegionKinds);
        var province = context.ReadString(fields.Required("province"), fields.PathOf("province"));
        var population = context.ReadMeasured(fields.Optional("population"), fields.PathOf("population"), (n, p) => context.ReadLong(n, p));
        var area = context.ReadMeasured(fields.Optional("areaKm2"), fields.PathOf("areaKm2"), context.ReadDecimal);
        var cohort = context.ReadYear(fields.Optional("cohort"), fields.PathOf("cohort"));
        var districts = context.ReadList(fields.Optional("districts"), fields.PathOf("districts"), context.ReadDistrict);
        if (code is not { } regionCode || name is null || kind is not { } regionKind || province is null)
        {
            return null;
        }

        return context.TryBuild(() => new Region(regionCode, name, regionKind, province, districts, population, area, cohort), path, fields.Position, out var region)
            ? region
            : null;
    }

    private static District? ReadDistrict(this ReadContext context, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.District);
        if (fields is null)
        {
            return null;
        }

        var code = context.ReadCode(fields.Required("code"), fields.PathOf("code"), c => new RegionCode(c));
        var name = context.ReadString(fields.Required("name"), fields.PathOf("name"));
        return code is { } districtCode && name is not null ? new District(districtCode, name) : null;
    }
}
