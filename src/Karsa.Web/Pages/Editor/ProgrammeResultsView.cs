using Karsa.Application.Editing;

namespace Karsa.Web.Pages.Editor;

/// <summary>The rows of a programme's outputs or outcomes shown by the <c>_ProgrammeResults</c> partial.</summary>
/// <param name="Page">The programme page (typed values, messages, the programme edited).</param>
/// <param name="Rows">The outputs' or outcomes' rows.</param>
/// <param name="Legend">The list's legend in the request's language.</param>
/// <param name="Item">The name of one row in the request's language, e.g. "Keluaran"; the row's number follows it.</param>
/// <param name="Indicators">The plan's indicators (value, label) a row may name.</param>
public sealed record ProgrammeResultsView(ProgrammeModel Page, ProgrammeResultRows Rows, string Legend, string Item, IReadOnlyList<(string Value, string Label)> Indicators);
