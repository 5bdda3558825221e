using System.Globalization;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;

namespace Karsa.Domain.Versions.Sections;

/// <summary>Strategies, one item per dimension with the strategies added, removed, retitled or re-described, aligned in order.</summary>
public sealed class StrategiesComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "strategies";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer)
    {
        foreach (var dimension in Dimensions.All)
        {
            var path = "strategies".Field(dimension.Key());
            var fields = new FieldList(path);
            foreach (var (pair, kind, number) in Matching.Differences(Of(older, dimension), Of(newer, dimension)))
            {
                var key = number.ToString(CultureInfo.InvariantCulture);
                var retitled = pair.Old?.Title != pair.New?.Title;
                fields.Add(retitled
                    ? new FieldChange(path.Item(number - 1), "strategy", kind, Values.Text(pair.Old?.Title), Values.Text(pair.New?.Title)) { Key = key }
                    : new FieldChange(path.Item(number - 1).Field("description"), "strategyDescription", ChangeKinds.Between(pair.Old?.Description, pair.New?.Description),
                        Values.Text(pair.Old?.Description), Values.Text(pair.New?.Description))
                    { Key = key, KeyName = pair.New?.Title });
            }

            if (fields.ToItem("dimension", dimension.Key(), dimension.Name()) is { } item)
            {
                yield return item;
            }
        }
    }

    private static List<Strategy> Of(MasterplanContent plan, Dimension dimension) => [.. plan.Strategies.Where(s => s.Dimension == dimension)];
}
