using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.OpenId;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

/// <summary>A client as the back office edits it. URIs are one per line; the checks are those of
/// <see cref="ClientDefinition"/>, the same the recipe step applies.</summary>
internal sealed class ApplicationForm
{
    private List<string> _scopes = [];

    [Display(Name = "Klient-id")]
    public string ClientId { get; set; } = string.Empty;

    [Display(Name = "Namn")]
    public string DisplayName { get; set; } = string.Empty;

    [Display(Name = "Slag")]
    public ClientKind Kind { get; set; }

    [Display(Name = "Konfidentiell (har en hemlighet; en app i webbläsare eller mobil är publik)")]
    public bool Confidential { get; set; }

    [Display(Name = "Återanropsadresser (redirect URI), en per rad")]
    public string? RedirectUris { get; set; }

    [Display(Name = "Adresser efter utloggning, en per rad")]
    public string? PostLogoutRedirectUris { get; set; }

    [Display(Name = "Scopes")]
    public List<string> Scopes { get => _scopes; set => _scopes = value ?? []; }

    [Display(Name = "Organisation (slug för den ansvariga organisationen i åtgärdsplanen)")]
    public string? Organisation { get; set; }

    public string? ConcurrencyToken { get; set; }

    /// <summary>Model binding turns an empty field into null, whatever the initialiser says.</summary>
    public ClientDefinition ToDefinition() => new(
        (ClientId ?? string.Empty).Trim(), (DisplayName ?? string.Empty).Trim(), Kind, Confidential || Kind == ClientKind.PartnerSystem,
        Lines(RedirectUris), Lines(PostLogoutRedirectUris), [.. (Scopes ?? []).Where(s => s is not null)], string.IsNullOrWhiteSpace(Organisation) ? null : Organisation.Trim());

    public static ApplicationForm From(ClientDefinition definition, string? concurrencyToken) => new()
    {
        ClientId = definition.ClientId,
        DisplayName = definition.DisplayName,
        Kind = definition.Kind,
        Confidential = definition.Confidential,
        RedirectUris = string.Join('\n', definition.RedirectUris),
        PostLogoutRedirectUris = string.Join('\n', definition.PostLogoutRedirectUris),
        Scopes = [.. definition.Scopes],
        Organisation = definition.Organisation,
        ConcurrencyToken = concurrencyToken,
    };

    /// <summary>Puts the definition's problems on the fields they concern.</summary>
    public static void Validate(ClientDefinition definition, ModelStateDictionary modelState, IStringLocalizer t)
    {
        foreach (var (field, problem) in definition.Problems())
        {
            var (key, label) = field switch
            {
                "clientId" => ("Input.ClientId", "Klient-id"),
                "displayName" => ("Input.DisplayName", "Namn"),
                "redirectUris" => ("Input.RedirectUris", "Återanropsadresser"),
                "scopes" => ("Input.Scopes", "Scopes"),
                "organisation" => ("Input.Organisation", "Organisation"),
                _ => ("Input.Confidential", "Klienttyp"),
            };
            modelState.AddModelError(key, t["{0} {1}.", t[label], problem]);
        }
    }

    /// <summary>A new secret: 32 random bytes, shown once; OpenIddict stores only its hash.</summary>
    public static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
