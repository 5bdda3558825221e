using Karsa.Application.Editing;
using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>How the planner values programmes: benefit life and discount rate.</summary>
public sealed class ValueModelPageModel(IOptions<KarsaWebOptions> options) : SectionFormModel(options, SectionForm.ValueModel, "model-nilai");
