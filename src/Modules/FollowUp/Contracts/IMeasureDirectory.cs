namespace Trygghet.Modules.FollowUp.Contracts;

/// <summary>The action plan's measures, for other modules: a medborgarlöfte links to the measures that
/// carry it out, news links to measures. Only public (Offentlig) measures of a decided plan are returned;
/// a slug that is unknown or not public is simply left out, so a caller can never reveal one.</summary>
public interface IMeasureDirectory
{
    Task<IReadOnlyList<MeasureSummary>> FindPublicAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken);

    /// <summary>Every public measure, for pickers in other modules' back-office forms.</summary>
    Task<IReadOnlyList<MeasureSummary>> ListPublicAsync(CancellationToken cancellationToken);
}

/// <param name="Slug">Stable, readable key; the public page is <c>/atgardsplan/{Slug}</c>.</param>
/// <param name="Status">The status's display name (e.g. "Pågår").</param>
/// <param name="Progress">0–100, rolled up from children where the measure has any.</param>
public sealed record MeasureSummary(Guid Id, string Slug, string Title, string Status, int Progress);
