using System.Globalization;
using Karsa.Domain.Plans;

namespace Karsa.Domain.Versions.Sections;

/// <summary>The vision, and the missions aligned in order (so an inserted mission does not shift the others into "changed").</summary>
public sealed class VisionComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "vision";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer)
    {
        if (older.Vision != newer.Vision)
        {
            yield return new ItemChange("vision", "vision", "vision", ChangeKinds.Between(older.Vision, newer.Vision))
            {
                Old = Values.Text(older.Vision),
                New = Values.Text(newer.Vision),
            };
        }

        foreach (var (pair, kind, number) in Matching.Differences(older.Missions, newer.Missions))
        {
            yield return new ItemChange("mission", number.ToString(CultureInfo.InvariantCulture), "missions".Item(number - 1), kind)
            {
                Old = Values.Text(pair.Old),
                New = Values.Text(pair.New),
            };
        }
    }
}
