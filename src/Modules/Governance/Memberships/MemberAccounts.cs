using Trygghet.Modules.Identity.Contracts;

namespace Trygghet.Modules.Governance.Memberships;

/// <summary>Links a membership to the staff account that signs in as that member, by the account's e-mail.</summary>
internal static class MemberAccounts
{
    /// <returns>The account's id (null for no account), or the problem with the address.</returns>
    public static async Task<(string? UserId, string? Problem)> ResolveAsync(IStaffDirectory staff, string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return (null, null);
        }

        return await staff.FindByEmailAsync(email, cancellationToken) is { } account
            ? (account.Id, null)
            : (null, $"\"{email.Trim()}\" är inget aktivt konto");
    }

    public static async Task<string?> EmailOfAsync(IStaffDirectory staff, string? userId, CancellationToken cancellationToken) =>
        userId is null ? null : (await staff.FindByIdsAsync([userId], cancellationToken)).SingleOrDefault()?.Email;
}
