using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Editing;
using Karsa.Application.Plans;
using Karsa.Domain.Primitives;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>
/// What every editor page shares: the route's region, its newest version (loaded before each
/// handler), who may read (ReadDrafts) and post (EditDraft) — a signed-in user without the permission
/// gets 403 —, the form's token, and how a submission's answer is shown: saved (redirect, with the
/// plan's warnings carried to the page saved to), refused (messages at their fields, typed values
/// kept) or stale (a conflict notice, typed values kept).
/// </summary>
[Authorize]
public abstract class EditorPageModel(IOptions<KarsaWebOptions> options) : PageModel
{
    private SavedWarnings? _warnings;

    /// <summary>The name of the hidden field that carries the token a form was filled in on.</summary>
    public const string TokenField = "basedOn";

    /// <summary>The route's region code.</summary>
    [FromRoute(Name = "region")]
    public string Region { get; set; } = string.Empty;

    /// <summary>The newest version of the region's plan.</summary>
    public DraftView View { get; private set; } = null!;

    /// <summary>The token the page's forms carry: the loaded version's, or after a conflict the newest one's.</summary>
    public string Token => View.Token;

    /// <summary>True when the user may edit and the newest version is a draft.</summary>
    public bool CanEdit => View.IsDraft && HttpContext.May(Permission.EditDraft);

    /// <summary>The values in the form: the stored ones, or what the user typed.</summary>
    public FormFields Typed { get; protected set; } = FormFields.Empty;

    /// <summary>The messages of a refused submission.</summary>
    public FieldMessages Messages { get; private set; } = FieldMessages.None;

    /// <summary>Set when someone else saved first: what happened (the typed values are kept).</summary>
    public LocalizedText? Conflict { get; private set; }

    /// <summary>Set when the submission failed for another reason (e.g. the database).</summary>
    public LocalizedText? Failure { get; private set; }

    /// <summary>True after a successful save (the redirect's <c>?tersimpan=1</c>).</summary>
    public bool Saved => Request.Query.ContainsKey("tersimpan");

    /// <summary>The warnings of the save just made (after its redirect).</summary>
    public SavedWarnings Warnings => _warnings ??= Saved ? SavedWarnings.Take(TempData) : SavedWarnings.None;

    /// <summary>The database the use cases work on.</summary>
    protected string Database => options.Value.Database;

    /// <summary>The author recorded on a save.</summary>
    protected string? Author => ClaimsActor.Of(HttpContext)?.Name;

    /// <inheritdoc />
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var posting = HttpMethods.IsPost(Request.Method);
        if (!HttpContext.May(Permission.ReadDrafts) || (posting && !HttpContext.May(Permission.EditDraft)))
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        if (await LoadAsync(HttpContext.RequestAborted).ConfigureAwait(false) is { } missing)
        {
            context.Result = missing;
            return;
        }

        await next().ConfigureAwait(false);
    }

    /// <summary>The token the posted form was filled in on.</summary>
    protected string PostedToken => Request.Form[TokenField].ToString();

    /// <summary>The posted values of <paramref name="fields"/>, verbatim.</summary>
    protected FormFields Posted(IEnumerable<string> fields) =>
        new(fields.Select(f => new KeyValuePair<string, string?>(f, Request.Form.TryGetValue(f, out var value) ? value.ToString() : null)));

    /// <summary>
    /// Shows a submission's answer: on success a redirect to <paramref name="saved"/>, carrying the
    /// plan's warnings placed on <paramref name="savedFields"/> (default: <paramref name="fields"/>) of the
    /// part at <paramref name="prefix"/>; otherwise the page again with the typed values, the messages
    /// placed on <paramref name="fields"/>, or the conflict notice (the form then carries the newest
    /// token, so saving again is a deliberate choice made after seeing the notice).
    /// </summary>
    protected async Task<IActionResult> AnswerAsync(UseCaseResult<EditAnswer> answer, string prefix, IReadOnlyList<string> fields, string saved,
        IReadOnlyList<string>? savedFields = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Succeeded)
        {
            SavedWarnings.Keep(TempData, answer.Value.Warnings, prefix, savedFields ?? fields);
            return Redirect(saved + (saved.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "tersimpan=1");
        }

        switch (answer.Error.Kind)
        {
            case FailureKind.Conflict:
                Conflict = answer.Error.Message;
                await LoadAsync(HttpContext.RequestAborted).ConfigureAwait(false);
                break;
            case FailureKind.InvalidInput:
                Messages = new FieldMessages(answer.Error.Diagnostics, prefix, fields);
                break;
            default:
                Failure = answer.Error.Message;
                break;
        }

        Response.StatusCode = answer.Error.Kind == FailureKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var loaded = await DraftEditor.LoadAsync(Region, Database, cancellationToken).ConfigureAwait(false);
        if (loaded.Succeeded)
        {
            View = loaded.Value;
            return null;
        }

        return loaded.Error.Kind is FailureKind.NotFound or FailureKind.InvalidInput ? NotFound() : StatusCode(StatusCodes.Status503ServiceUnavailable);
    }
}
