using System.Reflection;

namespace Karsa.Application.Samples;

/// <summary>
/// The illustrative sample plans that travel inside Karsa (embedded in this assembly), so a published
/// web app or tool can load them from any folder.
/// </summary>
public static class SamplePlans
{
    /// <summary>The file name the Karanganyar sample is known by in diagnostics.</summary>
    public const string KaranganyarFileName = "samples/karanganyar/masterplan.yaml";

    /// <summary>The Karanganyar (33.13) sample plan file, YAML.</summary>
    public static string Karanganyar()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Karsa.Samples.Karanganyar.yaml")
            ?? throw new InvalidOperationException("The embedded Karanganyar sample is missing from Karsa.Application.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
