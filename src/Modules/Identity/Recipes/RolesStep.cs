using Microsoft.AspNetCore.Identity;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Recipes;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Recipes;

/// <summary>{ "name": "Roles", "roles": [ { "name", "description", "permissions": [...] } ] }.
/// Without "permissions" a role gets those whose declaring module names it as a default role.</summary>
internal sealed class RolesStep(RoleManager<PortalRole> roles, RolePermissions rolePermissions, PermissionCatalog catalog)
    : RecipeStep<RolesStep.Input>
{
    public override string Name => "Roles";

    public override string ModuleName => IdentityModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < data.Roles.Count; i++)
        {
            var input = data.Roles[i];
            var at = $"roles[{i}]";
            context.Require(!string.IsNullOrWhiteSpace(input.Name), at + ".name", "får inte vara tomt");
            context.Require(seen.Add(input.Name), at + ".name", $"\"{input.Name}\" förekommer två gånger");
            var permissions = input.Permissions ?? DefaultsFor(input.Name);
            for (var p = 0; p < permissions.Count; p++)
            {
                context.Require(catalog.Exists(permissions[p]), $"{at}.permissions[{p}]",
                    $"nämner behörigheten \"{permissions[p]}\", som ingen påslagen modul deklarerar");
            }

            var role = await roles.FindByNameAsync(input.Name);
            if (role is null)
            {
                role = new PortalRole(input.Name) { Description = input.Description ?? string.Empty };
                context.Ensure(await roles.CreateAsync(role), at);
            }
            else if (input.Description is not null)
            {
                role.Description = input.Description;
                context.Ensure(await roles.UpdateAsync(role), at);
            }

            context.Ensure(await rolePermissions.ReplaceAsync(role, permissions), at);
        }
    }

    private List<string> DefaultsFor(string role) =>
        catalog.All.Where(p => p.DefaultRoles.Contains(role, StringComparer.Ordinal)).Select(p => p.Name).ToList();


    internal sealed class Input
    {
        public required List<RoleInput> Roles { get; init; }
    }

    internal sealed class RoleInput
    {
        public required string Name { get; init; }

        public string? Description { get; init; }

        public List<string>? Permissions { get; init; }
    }
}
