namespace Trygghet.Modules.Identity.Contracts;

/// <summary>Used by site setup: creates the first administrator.</summary>
public interface IAccountSetup
{
    /// <returns>Problems in Swedish, each naming the field; empty when the account was created.</returns>
    Task<IReadOnlyList<AccountProblem>> CreateAdministratorAsync(string email, string password, CancellationToken cancellationToken);
}

/// <param name="Field">"Email" or "Password".</param>
public sealed record AccountProblem(string Field, string Message);
