namespace Trygghet.Modules.Identity.Contracts;

/// <summary>Staff accounts as other modules may know them: to link a forum membership to the account that
/// signs in, and to name that account. Deactivated accounts are never returned.</summary>
public interface IStaffDirectory
{
    Task<StaffAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffAccount>> FindByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);
}

/// <param name="Id">The account's stable id: the signed-in user's NameIdentifier claim.</param>
public sealed record StaffAccount(string Id, string Email, string DisplayName);
