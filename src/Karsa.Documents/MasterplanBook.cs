using Karsa.Documents.Building;
using Karsa.Documents.Model;
using Karsa.Documents.Roadmap;
using Karsa.Documents.Text;
using Karsa.Domain.Plans;

namespace Karsa.Documents;

/// <summary>
/// Makes the masterplan book from a plan and its roadmap. The content is decided here once; render
/// it with <see cref="Rendering.Docx.DocxBookWriter"/>, <see cref="Rendering.Html.HtmlBookWriter"/> or
/// <see cref="Rendering.Pdf.PdfBookPrinter"/>.
/// </summary>
public static class MasterplanBook
{
    /// <summary>
    /// Builds the book. <paramref name="roadmap"/> may come from the optimiser (through an adapter) or
    /// from <see cref="BookRoadmap.Unscheduled"/>. <paramref name="progress"/> hears of each chapter.
    /// </summary>
    public static Book Build(Masterplan plan, BookRoadmap roadmap, BookOptions? options = null, IProgress<BookProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(roadmap);
        options ??= BookOptions.Default;
        var context = new BookContext(plan, roadmap, new Wording(options.Language, plan.Content.FundingSources));
        return BookBuilder.Build(context, options.Volumes, progress);
    }
}
