namespace Trygghet.Portal.Core.Audit;

/// <summary>Where modules record security- and archive-relevant events: sign-ins, permission and membership
/// changes, publishing, decisions, reads and downloads of non-public material. The Audit module stores them
/// (append-only); without it they go to the log, so nothing is silently dropped.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}

/// <param name="Category">Which kind of event, e.g. <see cref="AuditCategories.SignIn"/>.</param>
/// <param name="Action">What happened, in a few words, e.g. "signed in", "downloaded".</param>
/// <param name="Subject">What it concerned, e.g. "attachment 12 of meeting 4"; never secret content itself.</param>
/// <param name="Actor">Who did it (user name or client id); filled from the current request when null.</param>
/// <param name="RemoteAddress">From where; filled from the current request when null.</param>
/// <param name="Succeeded">False for refused attempts (failed sign-in, denied download).</param>
public sealed record AuditEvent(
    string Category,
    string Action,
    string? Subject = null,
    string? Actor = null,
    string? RemoteAddress = null,
    bool Succeeded = true);

/// <summary>The categories the modules use, so that the audit view can filter on a closed list.</summary>
public static class AuditCategories
{
    public const string SignIn = "sign-in";
    public const string Permissions = "permissions";
    public const string Membership = "membership";
    public const string Invitation = "invitation";
    public const string Publishing = "publishing";
    public const string Decision = "decision";
    public const string ClassifiedAccess = "classified-access";
    public const string Token = "token";
    public const string Mail = "mail";

    public static IReadOnlyList<string> All { get; } =
        [SignIn, Permissions, Membership, Invitation, Publishing, Decision, ClassifiedAccess, Token, Mail];
}
