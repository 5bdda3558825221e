using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Karsa.Web.Pages.Evaluation;

/// <summary>What the evaluation pages share: the problems of the last post, each at its field path, and how a refused post is answered.</summary>
public abstract class EvaluationPage : PageModel
{
    /// <summary>The problems of the last post.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; protected set; } = [];

    /// <summary>Why the last post was refused as a whole (a conflict or a refusal in the cycle's state).</summary>
    public string? Refusal { get; protected set; }

    /// <summary>Set after a successful post.</summary>
    [TempData]
    public string? Saved { get; set; }

    /// <summary>The messages of the problems at <paramref name="path"/> or below it, in the reader's language.</summary>
    public IEnumerable<string> ErrorsAt(string path) => Problems
        .Where(p => p.Path == path || p.Path.StartsWith(path + ".", StringComparison.Ordinal) || p.Path.StartsWith(path + "[", StringComparison.Ordinal))
        .Select(p => Editor.FieldMessages.Describe(p, Say.Language));

    /// <summary>
    /// The answer to a refused post: the page again with the problems (invalid input, 422; conflict, 409),
    /// its data read again by <paramref name="reread"/> (which gives a status answer when it cannot read);
    /// any other refusal is its status page (403 forbidden, 404 not found...).
    /// </summary>
    protected async Task<IActionResult> RefusedAsync(UseCaseError error, Func<Task<IActionResult?>> reread)
    {
        ArgumentNullException.ThrowIfNull(reread);
        if (ShowAgainOr(error) is { } status)
        {
            return status;
        }

        var code = Response.StatusCode;
        if (await reread() is { } failed)
        {
            return failed;
        }

        Response.StatusCode = code;
        return Page();
    }

    private IActionResult? ShowAgainOr(UseCaseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Kind == FailureKind.InvalidInput)
        {
            Problems = error.Diagnostics;
            Refusal = error.Diagnostics.Count == 0 ? Say.T(error.Message) : null;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return null;
        }

        if (error.Kind == FailureKind.Conflict)
        {
            Refusal = Say.T(error.Message);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return null;
        }

        return PageErrors.Status(error);
    }
}
