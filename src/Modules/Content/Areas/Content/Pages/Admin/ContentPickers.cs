using System.Globalization;
using Trygghet.Modules.CitizenPromises.Contracts;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.Governance.Contracts;
using Trygghet.Modules.Media.Contracts;

namespace Trygghet.Modules.Content.Areas.Content.Pages.Admin;

/// <summary>The choices the editor's pickers offer, read through the owning modules' contracts: what is chosen is
/// always listed (checked), then what matches the search, at most <see cref="Shown"/> of each kind. A module that is
/// switched off has no directory, and its picker says so instead of offering nothing silently.</summary>
internal sealed class ContentPickers(
    IEnumerable<IMeetingDirectory> meetings, IEnumerable<IMeasureDirectory> measures, IEnumerable<IPromiseSetDirectory> sets, IEnumerable<IMediaImages> images)
{
    public const int Shown = 12;

    public async Task<PickerChoices> LoadAsync(ContentForm form, CancellationToken cancellationToken) => new(
        await MeetingsAsync(form, cancellationToken),
        await MeasuresAsync(form, cancellationToken),
        await PromisesAsync(form, cancellationToken),
        await ImagesAsync(form, cancellationToken));

    private async Task<IReadOnlyList<Choice>?> MeetingsAsync(ContentForm form, CancellationToken cancellationToken)
    {
        if (meetings.FirstOrDefault() is not { } directory)
        {
            return null;
        }

        var chosen = await directory.FindAsync(form.MeetingIds, cancellationToken);
        var found = await directory.ListAsync(form.LinkSearch, Shown, cancellationToken);
        return chosen.Select(m => Meeting(m, true))
            .Concat(found.Where(m => !form.MeetingIds.Contains(m.Id)).Select(m => Meeting(m, false)))
            .ToList();
    }

    private static Choice Meeting(MeetingSummary m, bool chosen) => new(m.Id.ToString(), m.Title, m.Status, chosen);

    private async Task<IReadOnlyList<Choice>?> MeasuresAsync(ContentForm form, CancellationToken cancellationToken)
    {
        if (measures.FirstOrDefault() is not { } directory)
        {
            return null;
        }

        var all = await directory.ListPublicAsync(cancellationToken);
        var chosen = form.MeasureSlugs.Select(slug => all.FirstOrDefault(m => m.Slug == slug) is { } m
            ? new Choice(m.Slug, m.Title, Progress(m), true)
            : new Choice(slug, slug, "Inte offentlig eller borttagen: visas inte publikt", true));
        var found = all.Where(m => !form.MeasureSlugs.Contains(m.Slug) && Matches(m.Title, form.LinkSearch))
            .Take(Shown).Select(m => new Choice(m.Slug, m.Title, Progress(m), false));
        return chosen.Concat(found).ToList();
    }

    private static string Progress(MeasureSummary m) => $"{m.Status}, {m.Progress.ToString(CultureInfo.InvariantCulture)} %";

    private async Task<IReadOnlyList<Choice>?> PromisesAsync(ContentForm form, CancellationToken cancellationToken)
    {
        if (sets.FirstOrDefault() is not { } directory)
        {
            return null;
        }

        var all = await directory.ListAsync(null, cancellationToken);
        var chosen = form.PromiseSlugs.Select(slug => all.FirstOrDefault(s => s.Slug == slug) is { } s
            ? new Choice(s.Slug, s.Title, Period(s), true)
            : new Choice(slug, slug, "Finns inte", true));
        var found = all.Where(s => !form.PromiseSlugs.Contains(s.Slug) && (Matches(s.Title, form.LinkSearch) || Matches(s.Area, form.LinkSearch)))
            .Take(Shown).Select(s => new Choice(s.Slug, s.Title, Period(s), false));
        return chosen.Concat(found).ToList();
    }

    private static string Period(PromiseSetSummary s) =>
        $"{s.Area}, {s.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}–{s.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(s.IsPublished ? string.Empty : ", utkast")}";

    private async Task<ImageChoices?> ImagesAsync(ContentForm form, CancellationToken cancellationToken)
    {
        if (images.FirstOrDefault() is not { } library)
        {
            return null;
        }

        var found = await library.ListAsync(form.ImageSearch, Shown, cancellationToken);
        // The chosen image first; one from outside the library (an older item's https:// address) stays choosable.
        MediaChoice? chosen = null;
        string? other = null;
        if (!string.IsNullOrWhiteSpace(form.ImageUrl))
        {
            chosen = found.FirstOrDefault(i => i.Src == form.ImageUrl);
            if (chosen is null && await library.FindAsync(form.ImageUrl, cancellationToken) is { } image)
            {
                chosen = (await library.ListAsync(null, int.MaxValue, cancellationToken)).FirstOrDefault(i => i.Src == image.Src);
            }

            other = chosen is null ? form.ImageUrl : null;
        }

        var list = (chosen is null ? found : found.Where(i => i.Src != chosen.Src).Prepend(chosen)).ToList();
        return new ImageChoices(list, form.ImageUrl, other);
    }

    private static bool Matches(string text, string? search) =>
        string.IsNullOrWhiteSpace(search) || text.Contains(search.Trim(), StringComparison.CurrentCultureIgnoreCase);
}

/// <summary>Null for a kind whose module is switched off.</summary>
internal sealed record PickerChoices(IReadOnlyList<Choice>? Meetings, IReadOnlyList<Choice>? Measures, IReadOnlyList<Choice>? Promises, ImageChoices? Images);

/// <param name="Value">What the form posts (an id or a slug): never shown to be typed.</param>
internal sealed record Choice(string Value, string Label, string? Detail, bool Chosen);

/// <param name="Other">The chosen address when it is not a library image.</param>
internal sealed record ImageChoices(IReadOnlyList<MediaChoice> Images, string? Chosen, string? Other);

/// <summary>One checkbox list of a picker, for the _ChoiceList partial.</summary>
internal sealed record ChoiceList(string Name, string Legend, IReadOnlyList<Choice>? Choices, string Empty);
