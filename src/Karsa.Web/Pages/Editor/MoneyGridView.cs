using Karsa.Domain.Programmes;

namespace Karsa.Web.Pages.Editor;

/// <summary>A grid of money inputs shown by the <c>_MoneyGrid</c> partial: years as columns, the plan's funding sources as rows.</summary>
/// <param name="Page">The page (typed values and messages).</param>
/// <param name="Caption">The table's caption.</param>
/// <param name="Years">The columns.</param>
/// <param name="Field">The field name (plan path) of a year and source.</param>
public sealed record MoneyGridView(EditorPageModel Page, string Caption, IReadOnlyList<int> Years, Func<int, FundingSource, string> Field);
