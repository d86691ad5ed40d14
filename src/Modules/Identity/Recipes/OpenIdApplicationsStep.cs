using Microsoft.Extensions.Configuration;
using OpenIddict.Abstractions;
using Trygghet.Modules.Identity.OpenId;
using Trygghet.Portal.Core.Recipes;

namespace Trygghet.Modules.Identity.Recipes;

/// <summary>{ "name": "OpenIdApplications", "scopes": [...], "applications": [...] }: the OpenID Connect clients.
/// A committed recipe never holds a secret: a confidential client names the configuration key that holds it
/// ("secretFrom": "Identity:Clients:x:Secret", i.e. the environment variable Identity__Clients__x__Secret).
/// Applying the recipe again updates a client by its clientId and sets its secret anew.</summary>
internal sealed class OpenIdApplicationsStep(IOpenIddictApplicationManager applications, IOpenIddictScopeManager scopes, IConfiguration configuration)
    : RecipeStep<OpenIdApplicationsStep.Input>
{
    public override string Name => "OpenIdApplications";

    public override string ModuleName => IdentityModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        for (var i = 0; i < data.Scopes.Count; i++)
        {
            var input = data.Scopes[i];
            context.Require(OpenIdScopes.All.Contains(input.Name, StringComparer.Ordinal), $"scopes[{i}].name",
                $"\"{input.Name}\" är ingen scope som servern känner (kända: {string.Join(", ", OpenIdScopes.All)})");
            var descriptor = new OpenIddictScopeDescriptor { Name = input.Name, DisplayName = input.DisplayName, Description = input.Description };
            if (await scopes.FindByNameAsync(input.Name, cancellationToken) is { } existing)
            {
                await scopes.UpdateAsync(existing, descriptor, cancellationToken);
            }
            else
            {
                await scopes.CreateAsync(descriptor, cancellationToken);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Applications.Count; i++)
        {
            var input = data.Applications[i];
            var at = $"applications[{i}]";
            context.Require(input.Secret is null, at + ".secret",
                "får inte finnas: en klienthemlighet skrivs aldrig i ett recept. Ange \"secretFrom\" med nyckeln i konfigurationen där den finns");
            context.Require(seen.Add(input.ClientId), at + ".clientId", $"\"{input.ClientId}\" förekommer två gånger");
            var definition = new ClientDefinition(input.ClientId, input.DisplayName, input.Kind, input.SecretFrom is not null,
                input.RedirectUris, input.PostLogoutRedirectUris, input.Scopes, input.Organisation);
            foreach (var (field, problem) in definition.Problems())
            {
                throw context.Fail($"'{at}.{field}' {problem}");
            }

            string? secret = null;
            if (input.SecretFrom is not null)
            {
                secret = configuration[input.SecretFrom];
                context.Require(!string.IsNullOrWhiteSpace(secret), at + ".secretFrom",
                    $"pekar på konfigurationsnyckeln \"{input.SecretFrom}\", som inte är satt (miljövariabeln {input.SecretFrom.Replace(":", "__", StringComparison.Ordinal)})");
                context.Require(secret!.Length >= 32, at + ".secretFrom", $"\"{input.SecretFrom}\" måste ha minst 32 tecken");
            }

            var application = await applications.FindByClientIdAsync(input.ClientId, cancellationToken);
            var descriptor = new OpenIddictApplicationDescriptor();
            if (application is not null)
            {
                await applications.PopulateAsync(descriptor, application, cancellationToken);
            }

            definition.ApplyTo(descriptor);
            descriptor.ClientSecret = secret;
            if (application is null)
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
            else
            {
                await applications.UpdateAsync(application, descriptor, cancellationToken);
            }
        }
    }

    internal sealed class Input
    {
        public List<ScopeInput> Scopes { get; init; } = [];

        public List<ApplicationInput> Applications { get; init; } = [];
    }

    internal sealed class ScopeInput
    {
        public required string Name { get; init; }

        public string? DisplayName { get; init; }

        public string? Description { get; init; }
    }

    internal sealed class ApplicationInput
    {
        public required string ClientId { get; init; }

        public required string DisplayName { get; init; }

        public ClientKind Kind { get; init; } = ClientKind.Interactive;

        /// <summary>The configuration key holding the secret; without it the client is public.</summary>
        public string? SecretFrom { get; init; }

        /// <summary>Only so that a literal secret fails with a message that says why, not as an unknown field.</summary>
        public string? Secret { get; init; }

        public List<string> RedirectUris { get; init; } = [];

        public List<string> PostLogoutRedirectUris { get; init; } = [];

        public List<string> Scopes { get; init; } = [];

        public string? Organisation { get; init; }
    }
}
