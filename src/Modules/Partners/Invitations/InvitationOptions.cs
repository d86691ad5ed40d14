using Microsoft.Extensions.Configuration;

namespace Trygghet.Modules.Partners.Invitations;

/// <summary>Modules:Partners:InvitationLifetime (default 14 days): how long an invitation link works after it
/// was (re)sent.</summary>
internal sealed class InvitationOptions(IConfiguration configuration)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(14);

    public TimeSpan Lifetime => configuration.GetValue("Modules:Partners:InvitationLifetime", DefaultLifetime) is { } lifetime && lifetime > TimeSpan.Zero
        ? lifetime
        : DefaultLifetime;
}
