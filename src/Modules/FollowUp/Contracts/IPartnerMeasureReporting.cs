namespace Trygghet.Modules.FollowUp.Contracts;

/// <summary>The partner API's view of the action plan: a partner organisation (a responsible body, by its slug)
/// reads the measures it is responsible for and reports progress on them — and on no other. A measure of another
/// body answers exactly as an unknown one does, so a caller learns nothing about measures that are not its own.</summary>
public interface IPartnerMeasureReporting
{
    Task<IReadOnlyList<PartnerMeasure>> MeasuresOfAsync(string organisation, CancellationToken cancellationToken);

    Task<PartnerReportResult> ReportAsync(string organisation, string measureSlug, PartnerProgressReport report, CancellationToken cancellationToken);
}

/// <param name="Status">The status's key (as in the MeasureStatuses recipe step), e.g. "pagar".</param>
/// <param name="Progress">0–100, the measure's own (not rolled up).</param>
public sealed record PartnerMeasure(Guid Id, string Slug, string Title, string Plan, string Status, string StatusName, int Progress, DateOnly? LastReportedOn);

/// <param name="Status">A status key; the report sets the measure's status.</param>
/// <param name="Progress">0–100; without it the status's default progress, else the measure's current.</param>
/// <param name="Author">Who reported: the partner system's client id.</param>
public sealed record PartnerProgressReport(DateOnly Date, string Status, int? Progress, string Text, string Author);

public enum PartnerReportOutcome
{
    Saved,

    /// <summary>No such measure, or one the organisation is not responsible for.</summary>
    NotFound,

    Invalid,

    /// <summary>Another report or edit was saved at the same moment; the caller may send it again.</summary>
    Conflict,
}

/// <param name="Problems">For <see cref="PartnerReportOutcome.Invalid"/>: field (camelCase) → Swedish message.</param>
public sealed record PartnerReportResult(PartnerReportOutcome Outcome, IReadOnlyDictionary<string, string> Problems)
{
    public static PartnerReportResult Of(PartnerReportOutcome outcome) => new(outcome, new Dictionary<string, string>());
}
