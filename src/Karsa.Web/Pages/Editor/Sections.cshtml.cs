using Karsa.Application.Editing;
using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>The plan-level chapters of Buku II: infrastructure, institutions, change management, financing and stakeholders.</summary>
public sealed class PlanSectionsModel(IOptions<KarsaWebOptions> options)
    : MarkdownSectionFormModel(options, SectionForm.PlanSections, "bab", PlanSectionsForm.MarkdownFields);
