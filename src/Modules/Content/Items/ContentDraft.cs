using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Content.Items;

/// <summary>What an editor (or a recipe) saves: becomes the item's next version. An empty slug means "make one
/// from the title" for a new item and "keep it" for an existing one.</summary>
internal sealed record ContentDraft
{
    public string Title { get; init; } = string.Empty;

    public string? Slug { get; init; }

    public string Lead { get; init; } = string.Empty;

    public string Body { get; init; } = string.Empty;

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<string> Areas { get; init; } = [];

    public IReadOnlyList<string> MeasureSlugs { get; init; } = [];

    public IReadOnlyList<string> PromiseSlugs { get; init; } = [];

    public IReadOnlyList<Guid> MeetingIds { get; init; } = [];

    public Classification Classification { get; init; }

    public string? ImageUrl { get; init; }

    public string? ImageAlt { get; init; }

    public static ContentDraft Of(ContentVersion v, string slug) => new()
    {
        Title = v.Title, Slug = slug, Lead = v.Lead, Body = v.Body, Tags = v.Tags, Areas = v.Areas, MeasureSlugs = v.MeasureSlugs,
        PromiseSlugs = v.PromiseSlugs, MeetingIds = v.MeetingIds, Classification = v.Classification, ImageUrl = v.ImageUrl, ImageAlt = v.ImageAlt,
    };
}
