using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Modules.Governance.Memberships;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Publishing;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Minutes;

/// <summary>Every change to a protokoll goes through here, for the admin pages and the recipe alike: this is
/// where paragraphs get their numbers, where justerad text is protected, and where decisions (justering, omedelbar
/// justering, corrections) raise their publication event: audited once, public pages evicted.</summary>
internal sealed class MinutesWork(GovernanceDbContext db, TimeProvider clock, IPublicationEvents events, ParagraphNumberGate gate)
{
    /// <summary>Starts the protokoll of a meeting, with the forum's members on the meeting day as its attendance
    /// list: ledamöter and adjungerade present, ersättare absent until marked as serving.</summary>
    public async Task<Protocol> StartAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var existing = await db.Protocols.SingleOrDefaultAsync(p => p.MeetingId == meeting.Id, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var day = DateOnly.FromDateTime(MeetingTimes.LocalStart(meeting));
        var members = await db.CurrentByForumAsync(day, cancellationToken);
        var protocol = new Protocol
        {
            MeetingId = meeting.Id,
            ForumId = meeting.ForumId,
            Year = day.Year,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Attendance = members[meeting.ForumId].Select(m => new Attendance
            {
                MembershipId = m.Id,
                PersonName = m.PersonName,
                Kind = m.Kind,
                Organisation = m.Organisation,
                Party = m.Party,
                Status = m.Kind == SeatKind.Ersattare ? AttendanceStatus.Franvarande : AttendanceStatus.Narvarande,
            }).ToList(),
        };
        db.Protocols.Add(protocol);
        await db.SaveChangesAsync(cancellationToken);
        return protocol;
    }

    public async Task<MinutesResult> SetAttendanceAsync(Protocol protocol, Guid version, List<Attendance> attendance, string? justerare, CancellationToken cancellationToken)
    {
        if (protocol.IsAdjusted)
        {
            return MinutesResult.Refused("attendance", "kan inte ändras i ett justerat protokoll");
        }

        for (var i = 0; i < attendance.Count; i++)
        {
            var row = attendance[i];
            if (row.Status == AttendanceStatus.Tjanstgorande && (row.Kind != SeatKind.Ersattare || string.IsNullOrWhiteSpace(row.ServingFor)))
            {
                return MinutesResult.Refused($"attendance[{i}].servingFor",
                    row.Kind != SeatKind.Ersattare ? "bara en ersättare kan tjänstgöra" : "måste ange vilken ledamot ersättaren tjänstgör för");
            }

            if (row.Status != AttendanceStatus.Tjanstgorande)
            {
                row.ServingFor = null;
            }
        }

        db.Entry(protocol).Property(p => p.Version).OriginalValue = version;
        protocol.Attendance = attendance;
        protocol.Justerare = string.IsNullOrWhiteSpace(justerare) ? null : justerare.Trim();
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Adds a paragraph with the next free § number of the forum and year.</summary>
    public async Task<MinutesResult> AddAsync(Protocol protocol, Paragraph paragraph, string user, CancellationToken cancellationToken)
    {
        var problems = ParagraphRules.Check(paragraph).ToList();
        if (problems.Count > 0)
        {
            return new MinutesResult(problems, false);
        }

        if (protocol.IsAdjusted)
        {
            return MinutesResult.Refused("protocol", "är justerat: nya beslut förs in i ett senare protokoll, rättelser som rättelse");
        }

        if (await HasLaterNumberedMeetingAsync(protocol, cancellationToken))
        {
            return MinutesResult.Refused("protocol",
                "har ett senare sammanträde samma år som redan har paragrafer; paragrafer numreras i sammanträdenas ordning");
        }

        paragraph.MeetingId = protocol.MeetingId;
        paragraph.ForumId = protocol.ForumId;
        paragraph.Year = protocol.Year;
        paragraph.CreatedBy = user;
        paragraph.CreatedUtc = clock.GetUtcNow().UtcDateTime;
        db.Paragraphs.Add(paragraph);
        return await NumberAndSaveAsync(paragraph, cancellationToken);
    }

    /// <summary>Changes a paragraph's text while neither it nor its protokoll is justerat. Its number stays.</summary>
    public async Task<MinutesResult> UpdateAsync(Protocol protocol, Paragraph paragraph, Guid version, Action<Paragraph> change, CancellationToken cancellationToken)
    {
        if (ParagraphRules.WhyLocked(paragraph, protocol) is { } locked)
        {
            return MinutesResult.Refused("paragraph", locked);
        }

        var candidate = Copy(paragraph);
        change(candidate);
        var problems = ParagraphRules.Check(candidate).ToList();
        if (problems.Count > 0)
        {
            return new MinutesResult(problems, false);
        }

        db.Entry(paragraph).Property(p => p.Version).OriginalValue = version;
        change(paragraph);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Declares one paragraph omedelbart justerad: its decision takes effect and is published at once.</summary>
    /// <param name="atUtc">When; null is now. A recipe passes the meeting's end, so its outcome is the same every time.</param>
    public async Task<MinutesResult> AdjustImmediatelyAsync(Protocol protocol, Paragraph paragraph, Guid version, string user, CancellationToken cancellationToken, DateTime? atUtc = null)
    {
        if (ParagraphRules.WhyLocked(paragraph, protocol) is { } locked)
        {
            return MinutesResult.Refused("paragraph", locked);
        }

        db.Entry(paragraph).Property(p => p.Version).OriginalValue = version;
        paragraph.ImmediatelyAdjustedUtc = atUtc ?? clock.GetUtcNow().UtcDateTime;
        paragraph.ImmediatelyAdjustedBy = user;
        var decided = Decided("förklarade paragrafen omedelbart justerad",
            $"§ {paragraph.Number} {paragraph.Year} i {await ForumNameAsync(paragraph.ForumId, cancellationToken)}", user);
        return await SaveAsync(cancellationToken, decided);
    }

    /// <summary>Records that the protokoll was justerat (by whom, on which day). From now on it is frozen and public.</summary>
    /// <param name="checkToday">False for a recipe: it is written once and its dates must not expire.</param>
    public async Task<MinutesResult> AdjustAsync(Protocol protocol, Guid version, DateOnly adjustedOn, string adjustedBy, string user, CancellationToken cancellationToken, bool checkToday = true)
    {
        if (protocol.IsAdjusted)
        {
            return MinutesResult.Refused("protocol", "är redan justerat");
        }

        var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == protocol.MeetingId, cancellationToken);
        var meetingDay = DateOnly.FromDateTime(MeetingTimes.LocalStart(meeting));
        if (adjustedOn < meetingDay)
        {
            return MinutesResult.Refused("adjustedOn", "kan inte vara före sammanträdet");
        }

        if (checkToday && adjustedOn > SwedishTime.Today(clock))
        {
            return MinutesResult.Refused("adjustedOn", "kan inte vara i framtiden");
        }

        if (string.IsNullOrWhiteSpace(adjustedBy))
        {
            return MinutesResult.Refused("adjustedBy", "måste ange vilka som har justerat (ordförande och justerare)");
        }

        if (!await db.Paragraphs.AnyAsync(p => p.MeetingId == protocol.MeetingId, cancellationToken))
        {
            return MinutesResult.Refused("protocol", "har inga paragrafer att justera");
        }

        db.Entry(protocol).Property(p => p.Version).OriginalValue = version;
        protocol.AdjustedOn = adjustedOn;
        protocol.AdjustedBy = adjustedBy.Trim();
        protocol.AdjustmentRecordedBy = user;
        protocol.AdjustmentRecordedUtc = clock.GetUtcNow().UtcDateTime;
        var decided = Decided($"registrerade protokollet som justerat {adjustedOn:yyyy-MM-dd} av {protocol.AdjustedBy}",
            $"protokoll för sammanträdet {meetingDay:yyyy-MM-dd} i {await ForumNameAsync(protocol.ForumId, cancellationToken)}", user);
        return await SaveAsync(cancellationToken, decided);
    }

    /// <summary>Corrects justerad text the only way the archive allows: a new paragraph, with its own number,
    /// that says what it corrects and why, and who made it. The original stays as it was.</summary>
    public async Task<MinutesResult> CorrectAsync(Protocol protocol, Paragraph original, Paragraph correction, string user, CancellationToken cancellationToken)
    {
        if (!original.IsAdjusted(protocol))
        {
            return MinutesResult.Refused("paragraph", "är inte justerad ännu; ändra texten i stället för att rätta den");
        }

        if (string.IsNullOrWhiteSpace(correction.CorrectionReason))
        {
            return MinutesResult.Refused("correctionReason", "måste anges för en rättelse");
        }

        var problems = ParagraphRules.Check(correction).ToList();
        if (problems.Count > 0)
        {
            return new MinutesResult(problems, false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        correction.MeetingId = protocol.MeetingId;
        correction.ForumId = protocol.ForumId;
        correction.Year = protocol.Year;
        correction.CorrectsId = original.Id;
        correction.CorrectsNumber = original.Number;
        correction.CorrectionReason = correction.CorrectionReason.Trim();
        correction.CreatedBy = user;
        correction.CreatedUtc = now;
        // The correction of justerad text is itself justerad when it is made: it is public as soon as the original is.
        correction.ImmediatelyAdjustedUtc = now;
        correction.ImmediatelyAdjustedBy = user;
        db.Paragraphs.Add(correction);
        var forum = await ForumNameAsync(original.ForumId, cancellationToken);
        // The correction's number is known once it is saved.
        return await NumberAndSaveAsync(correction, cancellationToken, () => Decided($"rättade § {original.Number} med § {correction.Number}: {correction.CorrectionReason}",
            $"§ {original.Number} {original.Year} i {forum}", user));
    }

    /// <summary>Numbers come from the forum-year's highest number; if another secretary takes it first, the
    /// unique index refuses the row and the next number is tried, so numbers are neither skipped nor reused.</summary>
    private async Task<MinutesResult> NumberAndSaveAsync(Paragraph paragraph, CancellationToken cancellationToken, Func<PublicationEvent>? decided = null)
    {
        using var entered = await gate.EnterAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            paragraph.Number = (await db.Paragraphs.AsNoTracking()
                .Where(p => p.ForumId == paragraph.ForumId && p.Year == paragraph.Year)
                .MaxAsync(p => (int?)p.Number, cancellationToken) ?? 0) + 1;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await events.RaiseAsync(decided?.Invoke() ?? Changed($"§ {paragraph.Number} {paragraph.Year}"), cancellationToken);
                return MinutesResult.Done;
            }
            catch (DbUpdateException) when (attempt < 5 && !cancellationToken.IsCancellationRequested)
            {
                // Taken by a concurrent writer: try the next one. Anything else is not ours to swallow.
                if (!await NumberTakenAsync(paragraph, cancellationToken))
                {
                    throw;
                }
            }
        }
    }

    private Task<bool> NumberTakenAsync(Paragraph paragraph, CancellationToken cancellationToken) =>
        db.Paragraphs.AsNoTracking().AnyAsync(p => p.ForumId == paragraph.ForumId && p.Year == paragraph.Year && p.Number == paragraph.Number && p.Id != paragraph.Id, cancellationToken);

    private async Task<bool> HasLaterNumberedMeetingAsync(Protocol protocol, CancellationToken cancellationToken)
    {
        var starts = await db.Meetings.AsNoTracking().Where(m => m.Id == protocol.MeetingId).Select(m => m.StartsUtc).SingleAsync(cancellationToken);
        return await db.Paragraphs.AsNoTracking()
            .Where(p => p.ForumId == protocol.ForumId && p.Year == protocol.Year && p.CorrectsId == null)
            .Join(db.Meetings, p => p.MeetingId, m => m.Id, (p, m) => m.StartsUtc)
            .AnyAsync(s => s > starts, cancellationToken);
    }

    /// <param name="decided">The decision this save makes public; otherwise the save changes what protokoll show.</param>
    private async Task<MinutesResult> SaveAsync(CancellationToken cancellationToken, PublicationEvent? decided = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MinutesResult.Conflicted;
        }

        await events.RaiseAsync(decided ?? Changed("protokoll"), cancellationToken);
        return MinutesResult.Done;
    }

    private static PublicationEvent Decided(string action, string subject, string user) =>
        new(PublicCacheTags.Meetings, PublicationChange.Decided, action, subject, user);

    private static PublicationEvent Changed(string subject) =>
        new(PublicCacheTags.Meetings, PublicationChange.Changed, "ändrade protokollet", subject);

    private static Paragraph Copy(Paragraph p) => new()
    {
        Id = p.Id,
        Title = p.Title,
        CaseNumber = p.CaseNumber,
        Body = p.Body,
        Decision = p.Decision,
        Classification = p.Classification,
        OslReference = p.OslReference,
        MarkedOn = p.MarkedOn,
        MarkedBy = p.MarkedBy,
    };

    /// <summary>How the audit trail names a forum: by the name its reader knows, not by its id.</summary>
    private async Task<string> ForumNameAsync(Guid forumId, CancellationToken cancellationToken) =>
        await db.Forums.AsNoTracking().Where(f => f.Id == forumId).Select(f => f.Name).SingleOrDefaultAsync(cancellationToken) ?? $"forum {forumId}";
}
