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

    /// <summary>Chosen in the measure picker (checkboxes): nobody types a slug.</summary>
    [Display(Name = "Åtgärder i åtgärdsplanen")]
    public List<string> MeasureSlugs { get; set; } = [];

    [Display(Name = "Medborgarlöften")]
    public List<string> PromiseSlugs { get; set; } = [];

    [Display(Name = "Sammanträden")]
    public List<Guid> MeetingIds { get; set; } = [];

    /// <summary>What the pickers of measures, medborgarlöften and meetings are narrowed to; never saved.</summary>
    [Display(Name = "Sök sammanträden, åtgärder och medborgarlöften")]
    public string? LinkSearch { get; set; }

    /// <summary>What the image picker is narrowed to (file name or alternative text); never saved.</summary>
    [Display(Name = "Sök bland bilderna")]
    public string? ImageSearch { get; set; }

    /// <summary>Set by the pickers' search buttons: show the form again with the lists narrowed, save nothing.</summary>
    public bool Pick { get; set; }

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
        MeasureSlugs = [.. v.MeasureSlugs], PromiseSlugs = [.. v.PromiseSlugs], MeetingIds = [.. v.MeetingIds],
        Classification = v.Classification, ImageUrl = v.ImageUrl, ImageAlt = v.ImageAlt, Version = item.Version,
    };

    public ContentDraft ToDraft() => new()
    {
        Title = Title ?? string.Empty, Slug = Slug, Lead = Lead ?? string.Empty, Body = Body ?? string.Empty, Tags = Lines(Tags), Areas = Lines(Areas),
        MeasureSlugs = MeasureSlugs, PromiseSlugs = PromiseSlugs, MeetingIds = MeetingIds, Classification = Classification,
        ImageUrl = ImageUrl, ImageAlt = ImageAlt,
    };

    public static (string Key, string Label) Field(string field) => field switch
    {
        "title" => ("Input.Title", "Rubrik"),
        "slug" => ("Input.Slug", "Adress (slug)"),
        "lead" => ("Input.Lead", "Ingress"),
        "body" => ("Input.Body", "Brödtext"),
        "tags" => ("Input.Tags", "Ämnen"),
        "areas" => ("Input.Areas", "Områden"),
        "measures" => ("Input.MeasureSlugs", "Åtgärder"),
        "promises" => ("Input.PromiseSlugs", "Medborgarlöften"),
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
