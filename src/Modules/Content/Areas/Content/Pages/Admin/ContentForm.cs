using System.ComponentModel.DataAnnotations;
using Trygghet.Modules.Content.Items;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Content.Areas.Content.Pages.Admin;

/// <summary>The editor's form: lists are written one per line.</summary>
internal sealed class ContentForm
{
    [Display(Name = "Sort")]
    public ContentKind Kind { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Rubrik")]
    public string Title { get; set; } = string.Empty;

    [Display(Name = "Adress (slug)")]
    public string? Slug { get; set; }

    [Display(Name = "Ingress")]
    public string? Lead { get; set; }

    [Display(Name = "Brödtext (Markdown)")]
    public string? Body { get; set; }

    [Display(Name = "Ämnen (ett per rad)")]
    public string? Tags { get; set; }

    [Display(Name = "Områden (ett per rad)")]
    public string? Areas { get; set; }

    [Display(Name = "Åtgärder i åtgärdsplanen (slug, en per rad)")]
    public string? Measures { get; set; }

    [Display(Name = "Medborgarlöften (slug, ett per rad)")]
    public string? Promises { get; set; }

    [Display(Name = "Sammanträden (id, ett per rad)")]
    public string? Meetings { get; set; }

    [Display(Name = "Klassificering")]
    public Classification Classification { get; set; }

    [Display(Name = "Bildens adress")]
    public string? ImageUrl { get; set; }

    [Display(Name = "Bildens alternativtext")]
    public string? ImageAlt { get; set; }

    public Guid Version { get; set; }

    public static ContentForm Of(ContentItem item, ContentVersion v) => new()
    {
        Kind = item.Kind, Title = v.Title, Slug = item.Slug, Lead = v.Lead, Body = v.Body, Tags = Lines(v.Tags), Areas = Lines(v.Areas),
        Measures = Lines(v.MeasureSlugs), Promises = Lines(v.PromiseSlugs), Meetings = Lines(v.MeetingIds.Select(m => m.ToString())),
        Classification = v.Classification, ImageUrl = v.ImageUrl, ImageAlt = v.ImageAlt, Version = item.Version,
    };

    /// <summary>The draft, or the line of the meetings field that is no id (null when all are).</summary>
    public (ContentDraft Draft, int? BadMeetingLine) ToDraft()
    {
        var meetings = new List<Guid>();
        int? bad = null;
        var lines = Lines(Meetings);
        for (var i = 0; i < lines.Count; i++)
        {
            if (Guid.TryParse(lines[i], out var id))
            {
                meetings.Add(id);
            }
            else
            {
                bad ??= i + 1;
            }
        }

        return (new ContentDraft
        {
            Title = Title ?? string.Empty, Slug = Slug, Lead = Lead ?? string.Empty, Body = Body ?? string.Empty, Tags = Lines(Tags), Areas = Lines(Areas),
            MeasureSlugs = Lines(Measures), PromiseSlugs = Lines(Promises), MeetingIds = meetings, Classification = Classification,
            ImageUrl = ImageUrl, ImageAlt = ImageAlt,
        }, bad);
    }

    public static (string Key, string Label) Field(string field) => field switch
    {
        "title" => ("Input.Title", "Rubrik"),
        "slug" => ("Input.Slug", "Adress (slug)"),
        "lead" => ("Input.Lead", "Ingress"),
        "body" => ("Input.Body", "Brödtext"),
        "tags" => ("Input.Tags", "Ämnen"),
        "areas" => ("Input.Areas", "Områden"),
        "measures" => ("Input.Measures", "Åtgärder"),
        "promises" => ("Input.Promises", "Medborgarlöften"),
        "imageUrl" => ("Input.ImageUrl", "Bildens adress"),
        "imageAlt" => ("Input.ImageAlt", "Bildens alternativtext"),
        "publishAt" => ("Schedule.PublishAt", "Publicera"),
        "unpublishAt" => ("Schedule.UnpublishAt", "Avpublicera"),
        _ => (string.Empty, field),
    };

    private static List<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string Lines(IEnumerable<string> lines) => string.Join('\n', lines);
}

/// <summary>The schedule form: Swedish local date and time, whole minutes.</summary>
internal sealed class ScheduleForm
{
    [Display(Name = "Publicera")]
    public DateTime? PublishAt { get; set; }

    [Display(Name = "Avpublicera")]
    public DateTime? UnpublishAt { get; set; }

    public Guid Version { get; set; }
}
