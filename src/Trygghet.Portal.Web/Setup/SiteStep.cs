using System.ComponentModel.DataAnnotations;
using Trygghet.Portal.Core.Recipes;

namespace Trygghet.Portal.Web.Setup;

/// <summary>{ "name": "Site", "siteName", "organisation", "contactEmail" }: the site's identity.</summary>
internal sealed class SiteStep : RecipeStep<SiteStep.Input>
{
    public const string ItemKey = "site";

    public override string Name => "Site";

    public override string ModuleName => "Portal";

    protected override Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        context.Require(!string.IsNullOrWhiteSpace(data.SiteName) && data.SiteName.Length <= 200, "siteName", "måste anges och ha högst 200 tecken");
        context.Require(!string.IsNullOrWhiteSpace(data.Organisation) && data.Organisation.Length <= 200, "organisation", "måste anges och ha högst 200 tecken");
        context.Require(new EmailAddressAttribute().IsValid(data.ContactEmail), "contactEmail", "måste vara en giltig e-postadress");
        context.State.Items[ItemKey] = data;
        return Task.CompletedTask;
    }

    internal sealed class Input
    {
        public required string SiteName { get; init; }

        public required string Organisation { get; init; }

        public required string ContactEmail { get; init; }
    }
}
