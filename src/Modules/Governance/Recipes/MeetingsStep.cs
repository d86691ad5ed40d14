using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Modules.Governance.Minutes;
using Trygghet.Portal.Core.Classification;
using Trygghet.Portal.Core.Recipes;
using Trygghet.Portal.Core.Text;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Recipes;

/// <summary>{ "name": "Meetings", "meetings": [ { "forum": "trygghetsradet", "start": "2026-03-12T13:00:00", "end": …, "place": …, "status": "Genomfort" } ] }:
/// creates or updates meetings. Times are Swedish local time. A recipe meeting's id is derived from its forum
/// and start, so applying a recipe again updates it and its public addresses (and calendar UIDs) are stable.</summary>
internal sealed class MeetingsStep(GovernanceDbContext db, MinutesWork minutes, MeasureDecisions measureLinks, AttachmentStore store, TimeProvider clock) : RecipeStep<MeetingsStep.Input>
{
    public override string Name => "Meetings";

    public override string ModuleName => GovernanceModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var forums = await db.Forums.ToDictionaryAsync(f => f.Slug, f => f.Id, StringComparer.Ordinal, cancellationToken);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < data.Meetings.Count; i++)
        {
            var input = data.Meetings[i];
            var at = $"meetings[{i}]";
            context.Require(forums.TryGetValue(input.Forum, out var forumId), at + ".forum", $"\"{input.Forum}\" är inget forum (ange forumets slug)");
            context.Require(input.Start.Year is >= 2000 and <= 2100, at + ".start", "måste ligga mellan år 2000 och 2100");
            context.Require(input.End.Year is >= 2000 and <= 2100, at + ".end", "måste ligga mellan år 2000 och 2100");
            var id = StableId(input.Forum, input.Start);
            context.Require(seen.Add(id), at + ".start", "samma forum har redan ett sammanträde som börjar då");
            var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (meeting is null)
            {
                meeting = new Meeting { Id = id, ForumId = forumId };
                db.Meetings.Add(meeting);
            }

            meeting.StartsUtc = SwedishTime.FromLocal(input.Start).UtcDateTime;
            meeting.EndsUtc = SwedishTime.FromLocal(input.End).UtcDateTime;
            meeting.Place = Blank(input.Place);
            meeting.OnlineLink = Blank(input.OnlineLink);
            meeting.Status = input.Status;
            // A recipe's kallelse counts as sent two weeks ahead, which keeps the recipe's outcome the same every time.
            meeting.KallelsePublishedUtc = input.PublishKallelse ? meeting.StartsUtc.AddDays(-14) : null;
            meeting.Items = input.Items.Select(item => item.ToItem()).ToList();
            for (var j = 0; j < meeting.Items.Count; j++)
            {
                foreach (var (field, problem) in AgendaRules.Check(meeting.Items[j]))
                {
                    throw context.Fail($"'{at}.items[{j}].{field}' {problem}");
                }

                await AttachAsync(meeting, meeting.Items[j], input.Items[j].Attachments, $"{at}.items[{j}]", context, cancellationToken);
            }

            // No "past and still planerat" check here: a recipe is written once, and its dates pass.
            foreach (var (field, problem) in MeetingRules.Check(meeting, nowUtc: null))
            {
                throw context.Fail($"'{at}.{field}' {problem}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // Protokoll in meeting order, so each forum's paragraphs are numbered as the year's meetings follow each other.
        var withMinutes = data.Meetings.Select((input, i) => (Input: input, At: $"meetings[{i}].protocol", Id: StableId(input.Forum, input.Start)))
            .Where(m => m.Input.Protocol is not null)
            .OrderBy(m => m.Input.Start);
        foreach (var (input, at, id) in withMinutes)
        {
            await WriteProtocolAsync(await db.Meetings.SingleAsync(m => m.Id == id, cancellationToken), input.Protocol!, at, context, cancellationToken);
        }
    }

    /// <summary>A protokoll already there is left as it is: its numbers are given and its justerad text is frozen.</summary>
    private async Task WriteProtocolAsync(Meeting meeting, ProtocolInput input, string at, RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (await db.Protocols.AnyAsync(p => p.MeetingId == meeting.Id, cancellationToken))
        {
            return;
        }

        var protocol = await minutes.StartAsync(meeting, cancellationToken);
        var attendance = protocol.Attendance.ToList();
        for (var i = 0; i < input.Attendance.Count; i++)
        {
            var change = input.Attendance[i];
            var row = attendance.FindIndex(a => a.PersonName == change.Name);
            context.Require(row >= 0, $"{at}.attendance[{i}].name", $"\"{change.Name}\" är inte medlem i forumet på sammanträdesdagen");
            attendance[row] = attendance[row].Marked(change.Status, change.ServingFor);
        }

        Check(await minutes.SetAttendanceAsync(protocol, protocol.Version, attendance, input.Justerare, cancellationToken), at, context);
        for (var j = 0; j < input.Paragraphs.Count; j++)
        {
            var paragraph = input.Paragraphs[j].ToParagraph();
            Check(await minutes.AddAsync(protocol, paragraph, RecipeUser, cancellationToken), $"{at}.paragraphs[{j}]", context);
            // Only the form of the slugs is checked: the action plan's step may come later in the recipe.
            var linked = input.Paragraphs[j].Measures;
            for (var m = 0; m < linked.Count; m++)
            {
                context.Require(Slug.IsValid(linked[m]), $"{at}.paragraphs[{j}].measures[{m}]", "måste vara en åtgärds adressnamn (a–z, 0–9 och bindestreck)");
            }

            await measureLinks.ReplaceAsync(paragraph.Id, linked.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
            if (input.Paragraphs[j].ImmediatelyAdjusted)
            {
                Check(await minutes.AdjustImmediatelyAsync(protocol, paragraph, paragraph.Version, RecipeUser, cancellationToken, meeting.EndsUtc), $"{at}.paragraphs[{j}]", context);
            }
        }

        if (input.AdjustedOn is { } adjustedOn)
        {
            Check(await minutes.AdjustAsync(protocol, protocol.Version, adjustedOn, input.AdjustedBy ?? string.Empty, RecipeUser, cancellationToken, checkToday: false), at, context);
        }
    }

    private const string RecipeUser = "recept";

    /// <summary>An agenda item's attachments, given in the recipe as base64 and checked like an upload.</summary>
    private async Task AttachAsync(Meeting meeting, AgendaItem item, List<AttachmentInput> attachments, string at, RecipeStepContext context, CancellationToken cancellationToken)
    {
        for (var k = 0; k < attachments.Count; k++)
        {
            var input = attachments[k];
            byte[] content;
            try
            {
                content = Convert.FromBase64String(input.ContentBase64);
            }
            catch (FormatException)
            {
                throw context.Fail($"'{at}.attachments[{k}].contentBase64' är inte giltig base64");
            }

            var name = AttachmentRules.CleanName(input.FileName);
            var (contentType, problem) = AttachmentRules.Check(input.FileName, content.Length, content, store.MaxBytes);
            context.Require(problem is null, $"{at}.attachments[{k}].fileName", $"{name} {problem}");
            var attachment = new Attachment
            {
                MeetingId = meeting.Id,
                AgendaItemId = item.Id,
                FileName = name,
                ContentType = contentType!,
                Size = content.Length,
                UploadedBy = RecipeUser,
                UploadedUtc = clock.GetUtcNow().UtcDateTime,
            };
            using var stream = new MemoryStream(content);
            attachment.Sha256 = await store.SaveAsync(attachment.Id, stream, cancellationToken);
            db.Attachments.Add(attachment);
        }
    }

    private static void Check(MinutesResult result, string at, RecipeStepContext context)
    {
        foreach (var (field, problem) in result.Problems)
        {
            throw context.Fail($"'{at}.{field}' {problem}");
        }
    }

    /// <summary>A name-based id (SHA-256 of forum and local start, shaped as an RFC 9562 version 8 UUID).</summary>
    internal static Guid StableId(string forumSlug, DateTime localStart)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"meeting:{forumSlug}:{localStart:yyyy-MM-ddTHH:mm}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal sealed class Input
    {
        public required List<MeetingInput> Meetings { get; init; }
    }

    internal sealed class MeetingInput
    {
        public required string Forum { get; init; }

        /// <summary>Swedish local time, e.g. "2026-03-12T13:00:00".</summary>
        public required DateTime Start { get; init; }

        public required DateTime End { get; init; }

        public string? Place { get; init; }

        public string? OnlineLink { get; init; }

        public MeetingStatus Status { get; init; }

        public bool PublishKallelse { get; init; }

        public List<ItemInput> Items { get; init; } = [];

        /// <summary>The protokoll, for a meeting that has been held.</summary>
        public ProtocolInput? Protocol { get; init; }
    }

    internal sealed class ItemInput
    {
        public required string Title { get; init; }

        public string? CaseNumber { get; init; }

        public string? Presenter { get; init; }

        public string? Description { get; init; }

        public Classification Classification { get; init; }

        public string? OslReference { get; init; }

        public DateOnly? MarkedOn { get; init; }

        public string? MarkedBy { get; init; }

        public List<AttachmentInput> Attachments { get; init; } = [];

        public AgendaItem ToItem() => new()
        {
            Title = Title.Trim(),
            CaseNumber = Blank(CaseNumber),
            Presenter = Blank(Presenter),
            Description = Blank(Description),
            Classification = Classification,
            OslReference = Blank(OslReference),
            MarkedOn = MarkedOn,
            MarkedBy = Blank(MarkedBy),
        };
    }

    internal sealed class AttachmentInput
    {
        public required string FileName { get; init; }

        public required string ContentBase64 { get; init; }
    }
}
