namespace Trygghet.Modules.Identity.Contracts;

/// <summary>Accounts for the samverkansråd's external partners, for the Partners module: an accepted invitation
/// creates one (in the Partner role, with the password the person chose), and invitations look one up by e-mail.</summary>
public interface IPartnerAccounts
{
    Task<PartnerAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <returns>The new account, or the problems (in Swedish, each naming the field "Email" or "Password").</returns>
    Task<PartnerAccountResult> CreateAsync(string email, string displayName, string password, CancellationToken cancellationToken);
}

/// <param name="Id">The account's stable id: the signed-in user's NameIdentifier claim.</param>
public sealed record PartnerAccount(string Id, string Email, string DisplayName);

public sealed record PartnerAccountResult(PartnerAccount? Account, IReadOnlyList<AccountProblem> Problems);
