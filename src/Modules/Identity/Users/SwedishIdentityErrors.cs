using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Trygghet.Modules.Identity.Users;

/// <summary>Identity's messages in Swedish (through the localizer, so other languages can follow).</summary>
internal sealed class SwedishIdentityErrors(IStringLocalizer<SwedishIdentityErrors> t) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), t["Något gick fel. Försök igen."]);

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), t["Någon annan har ändrat uppgifterna under tiden. Ladda om sidan och gör ändringen igen."]);

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), t["E-postadressen {0} används redan av ett annat konto.", email]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), t["E-postadressen {0} används redan av ett annat konto.", userName]);

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), t["E-postadressen {0} är inte giltig.", email ?? string.Empty]);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), t["E-postadressen {0} är inte giltig.", userName ?? string.Empty]);

    public override IdentityError DuplicateRoleName(string role) =>
        Error(nameof(DuplicateRoleName), t["Rollen {0} finns redan.", role]);

    public override IdentityError InvalidRoleName(string? role) =>
        Error(nameof(InvalidRoleName), t["Rollnamnet {0} är inte giltigt.", role ?? string.Empty]);

    /// <summary>Identity's own length check (Password.RequiredLength) reports this next to the policy's
    /// PasswordPolicyValidator, so it must read the same, in Swedish.</summary>
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), t["Lösenordet måste ha minst {0} tecken.", length]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), t["Fel lösenord."]);

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), t["Användaren har redan rollen {0}.", role]);

    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), t["Användaren har inte rollen {0}.", role]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
