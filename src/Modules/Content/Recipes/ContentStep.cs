using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Portal.Core.Classification;
using Trygghet.Portal.Core.Recipes;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Content.Recipes;

/// <summary>{ "name": "Content", "items": [ { "kind": "Nyhet", "slug", "title", "lead", "body", … } ] }: news and
/// pages by slug, saved through the editor as versions. Published unless <c>"published": false</c>, dated
/// <c>publishedOn</c> at noon Swedish time so the feed and sitemap stay the same each time. An optional
/// <c>draft</c> (title, lead, body) is saved afterwards as a newer, unpublished version.</summary>
internal sealed class ContentStep(ContentDbContext db, ContentEditor editor, TimeProvider clock) : RecipeStep<ContentStep.Input>
{
    private const string Publisher = "recept";

    public override string Name => "Content";

    public override string ModuleName => ContentModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Items.Count; i++)
        {
            var input = data.Items[i];
            var at = $"items[{i}]";
            context.Require(Portal.Core.Text.Slug.IsValid(input.Slug), at + ".slug", "är ingen giltig slug (a–z, siffror, bindestreck)");
            context.Require(seen.Add(input.Slug), at + ".slug", $"\"{input.Slug}\" förekommer två gånger");
            var item = await db.Items.SingleOrDefaultAsync(x => x.Slug == input.Slug, cancellationToken);
            context.Require(item is null || item.Kind == input.Kind, at + ".kind", $"ändrar sorten på \"{input.Slug}\", som redan finns");

            var draft = new ContentDraft
            {
                Title = input.Title, Slug = input.Slug, Lead = input.Lead ?? string.Empty, Body = input.Body ?? string.Empty,
                Tags = input.Tags, Areas = input.Areas, MeasureSlugs = input.Measures, PromiseSlugs = input.Promises, MeetingIds = input.Meetings,
                Classification = input.Classification, ImageUrl = input.Image?.Url, ImageAlt = input.Image?.Alt,
            };
            var latest = item is null ? null : await db.Versions.AsNoTracking().SingleAsync(v => v.Id == item.LatestVersionId, cancellationToken);
            if (latest is null || VersionDiff.Text(latest) != VersionDiff.Text(Preview(draft)))
            {
                item = Check(context, at, await editor.SaveAsync(item, input.Kind, draft, null, Publisher, cancellationToken, newId: StableId(input.Slug)));
            }

            if (input.Published)
            {
                var on = SwedishTime.FromLocal((input.PublishedOn ?? SwedishTime.Today(clock)).ToDateTime(new TimeOnly(12, 0))).UtcDateTime;
                item = Check(context, at, await editor.PublishAsync(item!, null, Publisher, cancellationToken, on));
            }

            if (input.Draft is { } later)
            {
                var newer = draft with { Title = later.Title ?? draft.Title, Lead = later.Lead ?? draft.Lead, Body = later.Body ?? draft.Body };
                Check(context, at + ".draft", await editor.SaveAsync(item, input.Kind, newer, null, Publisher, cancellationToken));
            }
        }
    }

    private static ContentItem Check(RecipeStepContext context, string at, EditResult result)
    {
        foreach (var (field, problem) in result.Problems)
        {
            throw context.Fail($"'{at}.{field}' {problem}");
        }

        return result.Item ?? throw context.Fail($"'{at}' kunde inte sparas");
    }

    /// <summary>A name-based id (SHA-256 of the slug, shaped as an RFC 9562 version 8 UUID), so the feed's entry ids
    /// and admin addresses of recipe content are the same on every site set up from the recipe.</summary>
    internal static Guid StableId(string slug)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("content:" + slug));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private static ContentVersion Preview(ContentDraft d) => new()
    {
        Title = d.Title.Trim(), Lead = d.Lead.Trim(), Body = d.Body, Tags = [.. d.Tags], Areas = [.. d.Areas], MeasureSlugs = [.. d.MeasureSlugs],
        PromiseSlugs = [.. d.PromiseSlugs], MeetingIds = [.. d.MeetingIds], Classification = d.Classification, ImageUrl = d.ImageUrl, ImageAlt = d.ImageUrl is null ? null : d.ImageAlt,
    };

    internal sealed class Input
    {
        public List<ItemInput> Items { get; init; } = [];
    }

    internal sealed class ItemInput
    {
        public ContentKind Kind { get; init; } = ContentKind.Nyhet;

        public required string Slug { get; init; }

        public required string Title { get; init; }

        public string? Lead { get; init; }

        public string? Body { get; init; }

        public List<string> Tags { get; init; } = [];

        public List<string> Areas { get; init; } = [];

        public List<string> Measures { get; init; } = [];

        public List<string> Promises { get; init; } = [];

        public List<Guid> Meetings { get; init; } = [];

        public Classification Classification { get; init; } = Classification.Offentlig;

        public ImageInput? Image { get; init; }

        public bool Published { get; init; } = true;

        public DateOnly? PublishedOn { get; init; }

        public DraftInput? Draft { get; init; }
    }

    internal sealed class ImageInput
    {
        public required string Url { get; init; }

        public required string Alt { get; init; }
    }

    internal sealed class DraftInput
    {
        public string? Title { get; init; }

        public string? Lead { get; init; }

        public string? Body { get; init; }
    }
}
