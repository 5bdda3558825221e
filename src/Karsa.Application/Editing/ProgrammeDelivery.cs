using System.Globalization;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Application.Editing;

/// <summary>What the programme form reads about who carries a programme out and whether it is new work or a service under way.</summary>
/// <param name="Status">New work, or a running or existing service (blank: new).</param>
/// <param name="StartedIn">The year a service under way started.</param>
/// <param name="Recurrence">How a service under way repeats (blank: nothing stated).</param>
/// <param name="CoLeads">The agencies leading it with the lead agency.</param>
/// <param name="Implementers">The bodies outside the agencies that carry it out.</param>
internal sealed record ProgrammeDeliveryValues(DeliveryStatus Status, FiscalYear? StartedIn, ProgrammeRecurrence Recurrence,
    ValueList<AgencyCode> CoLeads, ValueList<Implementer> Implementers);

/// <summary>
/// The programme form's fields of real plans' delivery, named as in the plan file: <c>status</c>,
/// <c>startedIn</c>, <c>recurrence</c>, <c>coLeads</c> (agency codes) and the implementer rows
/// (<c>implementers[0].name</c>, <c>implementers[0].kind</c>). Choices post the enum's name
/// (<c>Running</c>, <c>OpenEnded</c>, <c>Village</c>); a blank status is new work.
/// </summary>
public static class ProgrammeDelivery
{
    /// <summary>The field of the delivery status.</summary>
    public const string Status = "status";

    /// <summary>The field of the year a service under way started.</summary>
    public const string StartedIn = "startedIn";

    /// <summary>The field of a service's recurrence.</summary>
    public const string Recurrence = "recurrence";

    /// <summary>The field of the co-lead agencies' codes.</summary>
    public const string CoLeads = "coLeads";

    /// <summary>The single fields, in form order.</summary>
    public static IReadOnlyList<string> Fields { get; } = [Status, StartedIn, Recurrence, CoLeads];

    /// <summary>The field of an implementer row's name.</summary>
    public static string ImplementerName(int row) => "implementers".Item(row).Field("name");

    /// <summary>The field of an implementer row's kind.</summary>
    public static string ImplementerKind(int row) => "implementers".Item(row).Field("kind");

    /// <summary>How many implementer rows the form shows: the programme's implementers and blank ones.</summary>
    public static int ImplementerRows(Programme? programme) => FormRows.Count(programme?.Implementers.Count ?? 0);

    /// <summary>The implementer rows' fields.</summary>
    public static IEnumerable<string> RowFields(Programme? programme) =>
        Enumerable.Range(0, ImplementerRows(programme)).SelectMany(row => new[] { ImplementerName(row), ImplementerKind(row) });

    /// <summary>Adds <paramref name="programme"/>'s delivery values to <paramref name="values"/>.</summary>
    internal static void Fill(Dictionary<string, string?> values, Programme programme)
    {
        values[Status] = programme.Status.ToString();
        values[StartedIn] = programme.StartedIn?.Value.ToString(CultureInfo.InvariantCulture);
        values[Recurrence] = programme.Recurrence == ProgrammeRecurrence.None ? null : programme.Recurrence.ToString();
        values[CoLeads] = string.Join(",", programme.CoLeads.Select(a => a.Value));
        for (var row = 0; row < programme.Implementers.Count; row++)
        {
            values[ImplementerName(row)] = programme.Implementers[row].Name;
            values[ImplementerKind(row)] = programme.Implementers[row].Kind.ToString();
        }
    }

    /// <summary>The typed delivery values; problems are recorded at their fields.</summary>
    internal static ProgrammeDeliveryValues Read(FieldReader read, Programme? existing)
    {
        var status = Optional(read, Status, DeliveryStatus.New);
        var startedIn = read.Year(StartedIn);
        var recurrence = Optional(read, Recurrence, ProgrammeRecurrence.None);
        var coLeads = read.Codes(CoLeads, text => new AgencyCode(text));
        var implementers = new List<Implementer>();
        for (var row = 0; row < ImplementerRows(existing); row++)
        {
            var kind = Optional(read, ImplementerKind(row), Domain.Programmes.ImplementerKind.Other);
            if (read.Fields.Text(ImplementerName(row)) is not { } name)
            {
                if (read.Fields.Text(ImplementerKind(row)) is not null)
                {
                    read.Text(ImplementerName(row), required: true); // a kind without its name: the name is missing
                }

                continue;
            }

            if (read.TryBuild("implementers".Item(row), () => new Implementer(name, kind), out var implementer))
            {
                implementers.Add(implementer);
            }
        }

        return new ProgrammeDeliveryValues(status, startedIn, recurrence, coLeads, implementers.ToValueList());
    }

    /// <summary>A choice of <typeparamref name="T"/> by its name, or <paramref name="blank"/> when nothing is chosen (an unknown name is a problem).</summary>
    private static T Optional<T>(FieldReader read, string path, T blank)
        where T : struct, Enum =>
        read.Fields.Text(path) is null ? blank : read.Choice<T>(path) ?? blank;
}
