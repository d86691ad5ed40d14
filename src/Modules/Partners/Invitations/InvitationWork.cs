using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Identity.Contracts;
using Trygghet.Modules.Partners.Data;
using Trygghet.Modules.Partners.Organisations;
using Trygghet.Modules.Partners.Spaces;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Mail;
using Trygghet.Portal.Core.Publishing;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Partners.Invitations;

/// <summary>Every change to an invitation goes through here (admin pages and CSV upload): inviting, resending,
/// revoking and accepting. Each is audited; refused uses of a link are audited as failures.</summary>
internal sealed class InvitationWork(
    PartnersDbContext db,
    IOutgoingMail mail,
    IAuditTrail audit,
    IPartnerAccounts accounts,
    UnitOfWork work,
    InvitationOptions options,
    TimeProvider clock)
{
    /// <summary>Invites every person in one save (all or nothing), then mails each their own link.</summary>
    /// <param name="linkBase">The site's address, e.g. https://trygghet.linkoping.se, that the links start with.</param>
    public async Task<IReadOnlyList<Invitation>> InviteAsync(IReadOnlyList<InvitationRequest> requests, Space space, SpaceRole role, string invitedBy, string linkBase, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = new List<(Invitation Invitation, string Token, InvitationRequest Request)>();
        foreach (var request in requests)
        {
            var token = InvitationTokens.NewToken();
            var invitation = new Invitation
            {
                Email = request.Email.Trim(),
                Name = request.Name.Trim(),
                OrganisationId = request.Organisation.Id,
                SpaceId = space.Id,
                Role = role,
                TokenHash = InvitationTokens.Hash(token),
                CreatedUtc = now,
                CreatedBy = invitedBy,
                SentUtc = now,
                ExpiresUtc = now + options.Lifetime,
                TimesSent = 1,
            };
            db.Invitations.Add(invitation);
            sent.Add((invitation, token, request));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (invitation, token, request) in sent)
        {
            await mail.EnqueueAsync(Message(invitation, token, request.Organisation.Name, space.Name, linkBase), cancellationToken);
            await audit.RecordAsync(new AuditEvent(AuditCategories.Invitation, $"bjöd in {invitation.Email} till {space.Name} som {SpaceText.Role(role)}",
                Subject(invitation, request.Organisation.Name)), cancellationToken);
        }

        return sent.Select(s => s.Invitation).ToList();
    }

    /// <summary>A new link (the old one stops working) with a new expiry. Accepted invitations cannot be resent.</summary>
    public async Task<bool> ResendAsync(Invitation invitation, Guid version, string linkBase, CancellationToken cancellationToken)
    {
        if (invitation.AcceptedUtc is not null)
        {
            return false;
        }

        var token = InvitationTokens.NewToken();
        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(invitation).Property(i => i.Version).OriginalValue = version;
        invitation.TokenHash = InvitationTokens.Hash(token);
        invitation.SentUtc = now;
        invitation.ExpiresUtc = now + options.Lifetime;
        invitation.TimesSent++;
        // Resending a revoked invitation is how an administrator undoes a revocation.
        invitation.RevokedUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        var (organisation, space) = await NamesAsync(invitation, cancellationToken);
        await mail.EnqueueAsync(Message(invitation, token, organisation, space, linkBase), cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Invitation, $"skickade inbjudan igen till {invitation.Email} (gång {invitation.TimesSent})",
            Subject(invitation, organisation)), cancellationToken);
        return true;
    }

    public async Task<bool> RevokeAsync(Invitation invitation, Guid version, CancellationToken cancellationToken)
    {
        if (invitation.AcceptedUtc is not null || invitation.RevokedUtc is not null)
        {
            return false;
        }

        db.Entry(invitation).Property(i => i.Version).OriginalValue = version;
        invitation.RevokedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        var (organisation, _) = await NamesAsync(invitation, cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Invitation, $"återkallade inbjudan till {invitation.Email}", Subject(invitation, organisation)), cancellationToken);
        return true;
    }

    /// <summary>The pending invitation a link's token belongs to, or null; a refused link is audited.</summary>
    public async Task<PendingInvitation?> FindPendingAsync(string? token, CancellationToken cancellationToken)
    {
        if (!InvitationTokens.LooksValid(token))
        {
            return null;
        }

        var hash = InvitationTokens.Hash(token!);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            // A well-formed token nobody was given: a guess, or a link from another site.
            await audit.RecordAsync(new AuditEvent(AuditCategories.Invitation, "nekades: okänd inbjudningslänk", Succeeded: false), cancellationToken);
            return null;
        }

        var status = invitation.StatusAt(clock.GetUtcNow().UtcDateTime);
        var (organisation, space) = await NamesAsync(invitation, cancellationToken);
        if (status != InvitationStatus.Pending)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Invitation, "nekades: inbjudningslänken " + InvitationText.Refusal(status),
                Subject(invitation, organisation), Succeeded: false), cancellationToken);
            return null;
        }

        return new PendingInvitation(invitation, organisation, space);
    }

    /// <summary>Creates the partner's account with the chosen password and makes them a member of the space, in one
    /// transaction over the modules' shared connection: either the person can sign in and enter, or nothing changed.</summary>
    /// <returns>Problems for the fields "Password" or "Email"; empty on success.</returns>
    public async Task<IReadOnlyList<AccountProblem>> AcceptAsync(PendingInvitation pending, string password, CancellationToken cancellationToken)
    {
        var invitation = pending.Invitation;
        if (await accounts.FindByEmailAsync(invitation.Email, cancellationToken) is not null)
        {
            // The page offers the existing account's way in (JoinAsync); this is only reached by a crafted POST.
            return [new AccountProblem("Email", "Det finns redan ett konto med din e-postadress. Logga in med det för att ta emot inbjudan.")];
        }

        try
        {
            return await work.RunAsync(async c =>
            {
                var created = await accounts.CreateAsync(invitation.Email, invitation.Name, password, c);
                if (created.Account is not { } account)
                {
                    return created.Problems;
                }

                var now = clock.GetUtcNow().UtcDateTime;
                invitation.AcceptedUtc = now;
                invitation.UserId = account.Id;
                db.Members.Add(new SpaceMember
                {
                    SpaceId = invitation.SpaceId,
                    UserId = account.Id,
                    DisplayName = invitation.Name,
                    OrganisationId = invitation.OrganisationId,
                    Role = invitation.Role,
                    AddedUtc = now,
                });
                await db.SaveChangesAsync(c);
                await audit.RecordAsync(new AuditEvent(AuditCategories.Invitation, $"accepterade inbjudan till {pending.SpaceName}",
                    Subject(invitation, pending.OrganisationName), Actor: invitation.Email), c);
                await audit.RecordAsync(new AuditEvent(AuditCategories.Membership, $"blev {SpaceText.Role(invitation.Role)} i {pending.SpaceName} genom inbjudan",
                    $"{invitation.Name} ({pending.OrganisationName})", Actor: invitation.Email), c);
                return (IReadOnlyList<AccountProblem>)[];
            }, problems => problems.Count == 0, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Accepted twice at once, or resent or revoked meanwhile: the other change stands.
            return [new AccountProblem("Password", InvitationText.LinkNotValid)];
        }
    }

    /// <summary>An existing account takes the invitation: the person must be signed in as the invited address (the
    /// link alone proves only that they read the mail). They join the space for the invitation's organisation, with
    /// the invitation's role or the one they already had there if higher; their account and roles stay as they are.</summary>
    /// <returns>False when the signed-in account is not the invited one, or the invitation changed meanwhile.</returns>
    public async Task<bool> JoinAsync(PendingInvitation pending, string userId, CancellationToken cancellationToken)
    {
        var invitation = pending.Invitation;
        if (await accounts.FindByEmailAsync(invitation.Email, cancellationToken) is not { } account || account.Id != userId)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        invitation.AcceptedUtc = now;
        invitation.UserId = account.Id;
        var member = await db.Members.FirstOrDefaultAsync(m => m.SpaceId == invitation.SpaceId && m.UserId == account.Id && m.EndedUtc == null, cancellationToken);
        if (member is null)
        {
            member = new SpaceMember { SpaceId = invitation.SpaceId, UserId = account.Id, DisplayName = account.DisplayName, Role = invitation.Role, AddedUtc = now };
            db.Members.Add(member);
        }

        member.OrganisationId = invitation.OrganisationId;
        member.Role = member.Role > invitation.Role ? member.Role : invitation.Role;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Accepted twice at once, or resent or revoked meanwhile: the other change stands.
            return false;
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.Invitation, $"accepterade inbjudan till {pending.SpaceName} med befintligt konto",
            Subject(invitation, pending.OrganisationName), Actor: invitation.Email), cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Membership, $"blev {SpaceText.Role(member.Role)} i {pending.SpaceName} genom inbjudan",
            $"{member.DisplayName} ({pending.OrganisationName})", Actor: invitation.Email), cancellationToken);
        return true;
    }

    /// <summary>Whether the invited address already has an account, and whether <paramref name="userId"/> is it.</summary>
    public async Task<(bool Exists, bool IsSignedInUser)> ExistingAccountAsync(PendingInvitation pending, string? userId, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByEmailAsync(pending.Invitation.Email, cancellationToken);
        return (account is not null, account is not null && userId is not null && account.Id == userId);
    }

    private async Task<(string Organisation, string Space)> NamesAsync(Invitation invitation, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == invitation.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var space = await db.Spaces.AsNoTracking().Where(s => s.Id == invitation.SpaceId).Select(s => s.Name).SingleAsync(cancellationToken);
        return (organisation, space);
    }

    private static string Subject(Invitation invitation, string organisation) => $"inbjudan {invitation.Id} för {invitation.Name} ({organisation})";

    private static OutgoingMessage Message(Invitation invitation, string token, string organisation, string space, string linkBase)
    {
        var link = $"{linkBase.TrimEnd('/')}/samverkan/inbjudan/{token}";
        var until = SwedishTime.ToLocal(invitation.ExpiresUtc).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("sv-SE"));
        var text = $"""
            Hej {invitation.Name}!

            Du är inbjuden att företräda {organisation} i {space}, samverkansytan för det brottsförebyggande
            och trygghetsskapande arbetet.

            Öppna länken och välj ett lösenord för att ta emot inbjudan:
            {link}

            Länken gäller till och med {until} och kan bara användas en gång. Har du inte väntat dig inbjudan kan du
            bortse från det här meddelandet.
            """;
        return new OutgoingMessage(invitation.Email, $"Inbjudan till {space}", text);
    }
}

/// <param name="Organisation">The organisation, which must exist already.</param>
internal sealed record InvitationRequest(string Email, string Name, Organisation Organisation);

internal sealed record PendingInvitation(Invitation Invitation, string OrganisationName, string SpaceName);
