using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Edits;
using Karsa.Domain.Primitives;
using Karsa.Storage;

namespace Karsa.Application.Editing;

/// <summary>The edits a form gives for the plan it was filled in on, or the problems of its fields (plan paths), never both.</summary>
/// <param name="Edits">The edits to apply.</param>
/// <param name="Problems">What is wrong with the typed values.</param>
public sealed record FormEdits(IReadOnlyList<PlanEdit> Edits, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>Edits to apply.</summary>
    public static FormEdits Of(params PlanEdit[] edits) => new(edits, []);

    /// <summary>Typed values that make no edit.</summary>
    public static FormEdits Refused(IReadOnlyList<Diagnostic> problems) => new([], problems);
}

/// <summary>
/// The editor's use cases: load the newest version of a region's plan, and submit a form's edits to
/// it. A submission first checks the form's token (a stale one is a conflict naming who saved since,
/// before any field is judged against a plan the user never saw), then turns the typed values into
/// edits against that plan, then applies them through <see cref="VersionUseCases.EditDraftAsync"/>.
/// </summary>
public static class DraftEditor
{
    /// <summary>The newest version of <paramref name="region"/>'s plan.</summary>
    public static async Task<UseCaseResult<DraftView>> LoadAsync(string region, string? database, CancellationToken cancellationToken = default)
    {
        if (!Failures.TryRegion(region, out var code, out var error))
        {
            return error!;
        }

        return await StoreAccess.WithStoreAsync(database, async store =>
        {
            var newest = await store.LoadAsync(code, null, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(new DraftView(newest.Plan, newest.Summary), newest.Plan.Warnings);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies the edits <paramref name="form"/> makes of the newest version (all or none), when its
    /// token is still <paramref name="basedOn"/>. Problems of typed values and of the plan's rules come
    /// back as invalid input with their plan paths; a published version refuses (KRS058).
    /// </summary>
    public static async Task<UseCaseResult<EditAnswer>> SubmitAsync(string region, string basedOn, Func<DraftView, FormEdits> form, string? database,
        string? author = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var loaded = await LoadAsync(region, database, cancellationToken).ConfigureAwait(false);
        if (!loaded.Succeeded)
        {
            return loaded.Error;
        }

        var view = loaded.Value;
        if (!view.IsDraft)
        {
            return UseCaseError.Invalid([Problems.PublishedIsFrozen(view.Summary.Version).Under("state")]);
        }

        if (!string.Equals(view.Token, basedOn, StringComparison.Ordinal))
        {
            return UseCaseError.Of(FailureKind.Conflict, Stale(view.Summary));
        }

        var edits = form(view);
        if (edits.Problems.Count > 0)
        {
            return UseCaseError.Invalid(edits.Problems);
        }

        return await VersionUseCases.EditDraftAsync(region, basedOn, edits.Edits, database, author, cancellationToken).ConfigureAwait(false);
    }

    private static LocalizedText Stale(PlanVersionSummary newest)
    {
        var who = newest.UpdatedBy ?? "?";
        var when = newest.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
        return new LocalizedText(
            $"Versi {newest.Version} telah disimpan oleh {who} pada {when} setelah Anda membuka formulir ini; perubahan Anda belum disimpan.",
            $"Version {newest.Version} was saved by {who} at {when} after you opened this form; your change has not been saved.");
    }
}
