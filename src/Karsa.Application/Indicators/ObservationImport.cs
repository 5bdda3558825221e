using Karsa.Interchange.Indicators;

namespace Karsa.Application.Indicators;

/// <summary>An observations file to import into one region, recorded as <see cref="RecordedBy"/>.</summary>
public sealed record ObservationImport
{
    private ObservationImport(string region, string fileName, string recordedBy, Func<ObservationScope, IEnumerable<ObservationsCsvRow>> rows) =>
        (Region, FileName, RecordedBy, Rows) = (region, fileName, recordedBy, rows);

    /// <summary>The region's code as given (checked by the use case).</summary>
    public string Region { get; }

    /// <summary>The file's name, as errors name it.</summary>
    public string FileName { get; }

    /// <summary>Who records the observations (a user name, or the command line's user).</summary>
    public string RecordedBy { get; }

    /// <summary>The user's indicator definitions file (e.g. the ISO indicators with their kinds), whose codes may then be observed; null for the shipped catalogue only.</summary>
    public string? DefinitionsFile { get; init; }

    /// <summary>The file's rows read in a scope, one at a time (the reader throws at the end when any line is wrong).</summary>
    internal Func<ObservationScope, IEnumerable<ObservationsCsvRow>> Rows { get; }

    /// <summary>The file at <paramref name="path"/> (an unreadable file is KRS008).</summary>
    public static ObservationImport FromFile(string region, string path, string recordedBy) =>
        new(region, path, recordedBy, scope => ObservationsCsv.ReadFile(path, scope));

    /// <summary>The text of <paramref name="reader"/>, named <paramref name="fileName"/> (an upload); the caller disposes the reader.</summary>
    public static ObservationImport FromText(string region, TextReader reader, string fileName, string recordedBy) =>
        new(region, fileName, recordedBy, scope => ObservationsCsv.Read(reader, fileName, scope));
}

/// <summary>What an import did.</summary>
/// <param name="Region">The region.</param>
/// <param name="Read">Observations in the file.</param>
/// <param name="Written">Observations added or changed (an unchanged one is left as it was).</param>
public sealed record ObservationImportOutcome(string Region, long Read, long Written);
