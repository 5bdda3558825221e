namespace Karsa.Documents.Charts;

/// <summary>Round tick values (1, 2 or 5 times a power of ten) for a value axis from zero.</summary>
internal static class AxisTicks
{
    private static readonly double[] Multiples = [1d, 2d, 2.5d, 5d, 10d];

    /// <summary>About <paramref name="count"/> ticks from 0 covering <paramref name="max"/>; the last tick is the axis top.</summary>
    public static IReadOnlyList<long> From(long max, int count = 5)
    {
        if (max <= 0)
        {
            return [0, 1];
        }

        var raw = (double)max / count;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = Multiples.Select(m => m * power).First(s => s >= raw);
        var ticks = new List<long>();
        for (var value = 0d; ; value += step)
        {
            ticks.Add((long)value);
            if (value >= max)
            {
                return ticks;
            }
        }
    }
}
