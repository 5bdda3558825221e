using Karsa.Application.Editing;
using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>One funding source the plan adds: key, name and description.</summary>
public sealed class FundingSourceModel(IOptions<KarsaWebOptions> options) : ItemFormModel(options, ItemForm.FundingSources, "sumber-dana", "key");
