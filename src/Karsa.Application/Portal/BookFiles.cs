using System.Collections.Concurrent;
using Karsa.Application.Books;
using Karsa.Application.Common;
using Karsa.Application.Dashboards;
using Karsa.Documents;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Portal;

/// <summary>A book to download: its bytes, file name and media type.</summary>
/// <param name="Content">The file's bytes.</param>
/// <param name="FileName">e.g. "33.13-masterplan-v2.docx".</param>
/// <param name="ContentType">The media type.</param>
public sealed record BookFile(byte[] Content, string FileName, string ContentType)
{
    /// <summary>The media type of a document written in <paramref name="format"/>.</summary>
    public static string ContentTypeOf(BookFormat format) => format switch
    {
        BookFormat.Html => "text/html; charset=utf-8",
        BookFormat.Pdf => "application/pdf",
        _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };
}

/// <summary>
/// The masterplan book as a download, written by <see cref="RenderBook"/> (DOCX and HTML; a PDF is a
/// queued job). A published version's book shows its adopted roadmap and never changes, so it is
/// kept by version and content hash; a draft's book is written anew each time.
/// </summary>
public static class BookFiles
{
    /// <summary>How long a draft's book may plan its roadmap inside the request.</summary>
    public static readonly TimeSpan DraftPlanningLimit = TimeSpan.FromSeconds(5);

    private const int Capacity = 64;
    private static readonly ConcurrentDictionary<(string Region, int Version, string Token, BookFormat Format, Language Language), BookFile> Published = new();

    /// <summary>The book of <paramref name="region"/>'s newest published version (for the public portal; never a draft).</summary>
    public static async Task<UseCaseResult<BookFile>> PublishedAsync(string? database, string region, BookFormat format, Language language,
        CancellationToken cancellationToken = default)
    {
        var head = await PortalUseCases.PublishedVersionAsync(database, region, cancellationToken).ConfigureAwait(false);
        return head.Succeeded
            ? await RenderAsync(database, region, head.Value.Version, format, language, cancellationToken).ConfigureAwait(false)
            : head.Error;
    }

    /// <summary>The book of <paramref name="version"/> of <paramref name="region"/> (the newest when null) in DOCX or HTML.</summary>
    public static async Task<UseCaseResult<BookFile>> RenderAsync(string? database, string region, int? version, BookFormat format, Language language,
        CancellationToken cancellationToken = default)
    {
        if (format == BookFormat.Pdf)
        {
            return UseCaseError.Of(FailureKind.InvalidInput, new LocalizedText(
                "Buku PDF dicetak sebagai pekerjaan latar belakang; minta lewat halaman PDF.", "A PDF book is printed as a background job; ask for it on the PDF page."));
        }

        var head = await DashboardLookup.HeadAsync(database, region, version, cancellationToken).ConfigureAwait(false);
        if (!head.Succeeded)
        {
            return head.Error;
        }

        var key = (region, head.Value.Version, head.Value.Token, format, language);
        if (head.Value.State == PlanState.Published && Published.TryGetValue(key, out var kept))
        {
            return UseCaseResult.Success(kept);
        }

        var folder = Directory.CreateTempSubdirectory("karsa-book-");
        try
        {
            var extension = format == BookFormat.Html ? "html" : "docx";
            var path = Path.Combine(folder.FullName, $"{region}-masterplan-v{head.Value.Version}.{extension}");
            var written = await RenderBook.RunAsync(new BookRequest
            {
                Source = region,
                Database = database,
                Version = head.Value.Version,
                Format = format,
                Language = language,
                OutputPath = path,
                TimeLimit = DraftPlanningLimit,
            }, null, cancellationToken).ConfigureAwait(false);
            if (!written.Succeeded)
            {
                return written.Error;
            }

            var file = new BookFile(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), Path.GetFileName(path), BookFile.ContentTypeOf(format));
            if (head.Value.State == PlanState.Published)
            {
                if (Published.Count >= Capacity)
                {
                    Published.Clear();
                }

                Published[key] = file;
            }

            return UseCaseResult.Success(file, written.Warnings);
        }
        catch (IOException problem)
        {
            return Failures.FromFile(problem);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
