using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Recipes;

namespace Trygghet.Modules.Identity.Recipes;

/// <summary>{ "name": "Users", "users": [ { "email", "displayName", "roles": [...] } ] }: staff accounts.
/// A recipe never carries passwords: the accounts cannot sign in until an administrator sets a password
/// (or, once the partner module lands, the person accepts an invitation).</summary>
internal sealed class UsersStep(UserManager<PortalUser> users, RoleManager<PortalRole> roles, TimeProvider clock)
    : RecipeStep<UsersStep.Input>
{
    public override string Name => "Users";

    public override string ModuleName => IdentityModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < data.Users.Count; i++)
        {
            var input = data.Users[i];
            var at = $"users[{i}]";
            context.Require(new EmailAddressAttribute().IsValid(input.Email), at + ".email", "måste vara en giltig e-postadress");
            context.Require(seen.Add(input.Email), at + ".email", $"\"{input.Email}\" förekommer två gånger");
            context.Require(!string.IsNullOrWhiteSpace(input.DisplayName) && input.DisplayName.Length <= 200, at + ".displayName", "måste anges och ha högst 200 tecken");
            for (var r = 0; r < input.Roles.Count; r++)
            {
                context.Require(await roles.RoleExistsAsync(input.Roles[r]), $"{at}.roles[{r}]", $"nämner rollen \"{input.Roles[r]}\", som inte finns");
            }

            var user = await users.FindByEmailAsync(input.Email);
            if (user is null)
            {
                user = new PortalUser
                {
                    UserName = input.Email,
                    Email = input.Email,
                    EmailConfirmed = true,
                    DisplayName = input.DisplayName.Trim(),
                    CreatedAt = clock.GetUtcNow(),
                };
                context.Ensure(await users.CreateAsync(user), at);
            }

            var missing = input.Roles.Except(await users.GetRolesAsync(user)).ToList();
            if (missing.Count > 0)
            {
                context.Ensure(await users.AddToRolesAsync(user, missing), at);
            }
        }
    }


    internal sealed class Input
    {
        public required List<UserInput> Users { get; init; }
    }

    internal sealed class UserInput
    {
        public required string Email { get; init; }

        public required string DisplayName { get; init; }

        public List<string> Roles { get; init; } = [];
    }
}
