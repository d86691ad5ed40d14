using Microsoft.AspNetCore.Identity;
using Trygghet.Modules.Identity.Users;

namespace Trygghet.Modules.Identity.Throttling;

/// <summary>Checks a password so that the time it takes does not tell a known address from an unknown one: for an
/// address without an account, or a deactivated one, the password is verified all the same, against a hash made at
/// start-up with the same hasher and settings (issue 17: 73 ms for a known address, 7 ms for an unknown one).</summary>
internal sealed class PasswordCheck
{
    private readonly UserManager<PortalUser> _users;
    private readonly IPasswordHasher<PortalUser> _hasher;
    private readonly DummyHash _dummy;

    public PasswordCheck(UserManager<PortalUser> users, IPasswordHasher<PortalUser> hasher, DummyHash dummy)
    {
        _users = users;
        _hasher = hasher;
        _dummy = dummy;
    }

    /// <returns>The account when the address has one, it may sign in, and the password is right; otherwise null.</returns>
    public async Task<PortalUser?> CheckAsync(string email, string password)
    {
        var user = await _users.FindByNameAsync(email);
        if (user is null || user.PasswordHash is null)
        {
            _hasher.VerifyHashedPassword(_dummy.User, _dummy.Hash(_hasher), password);
            return null;
        }

        var right = await _users.CheckPasswordAsync(user, password);
        return right && !await _users.IsLockedOutAsync(user) ? user : null;
    }
}

/// <summary>A hash of a random password, made once with the portal's hasher (so it costs what a real one costs).</summary>
internal sealed class DummyHash
{
    private string? _value;

    public PortalUser User { get; } = new() { UserName = "dummy", Email = "dummy@invalid" };

    public string Hash(IPasswordHasher<PortalUser> hasher) =>
        _value ??= hasher.HashPassword(User, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
}
