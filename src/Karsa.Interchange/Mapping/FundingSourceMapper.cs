using Karsa.Domain.Programmes;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>Reads the funding sources a plan adds to the national defaults (<c>fundingSources</c>).</summary>
internal static class FundingSourceMapper
{
    /// <summary><c>{key, name, description}</c>.</summary>
    public static FundingSourceDefinition? ReadFundingSource(this ReadContext context, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.FundingSource);
        if (fields is null)
        {
            return null;
        }

        var key = context.ReadCode(fields.Required("key"), fields.PathOf("key"), k => new FundingSource(k));
        var name = context.ReadText(fields.Required("name"), fields.PathOf("name"));
        var description = context.ReadText(fields.Optional("description"), fields.PathOf("description"));
        return key is { } source && name is not null ? new FundingSourceDefinition(source, name, description) : null;
    }
}
