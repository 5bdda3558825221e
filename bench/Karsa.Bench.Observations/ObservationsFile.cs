using System.Globalization;
using System.Text;

namespace Karsa.Bench.Observations;

/// <summary>A synthetic observations file: every region (33.01, 33.02, ...) x local indicator x month from January 2018.</summary>
internal sealed record ObservationsFile(int Regions, int Indicators, int Months)
{
    /// <summary>How many observations the file holds.</summary>
    public long Count => (long)Regions * Indicators * Months;

    /// <summary>Writes the file line by line (';'-separated, decimal commas, as an Indonesian spreadsheet exports it).</summary>
    public void Write(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        writer.Write("region;framework;code;period;value;source;evidence\n");
        for (var region = 1; region <= Regions; region++)
        {
            var code = $"{33 + ((region - 1) / 99)}.{((region - 1) % 99) + 1:00}";
            for (var indicator = 1; indicator <= Indicators; indicator++)
            {
                for (var month = 0; month < Months; month++)
                {
                    var value = ((region * 7) + (indicator * 3) + month) / 4m;
                    var period = $"{2018 + (month / 12)}-{(month % 12) + 1:00}";
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{code};local;IND-{indicator:000};{period};{value.ToString(CultureInfo.InvariantCulture).Replace('.', ',')};BPS Dalam Angka;\n"));
                }
            }
        }
    }
}
