namespace Trygghet.Modules.FollowUp.Contracts;

/// <summary>Decisions that concern a measure, from the module that keeps the forums' protokoll (Governance implements
/// it; FollowUp does not know Governance). A measure's page lists them. Only public, justerade decisions.</summary>
public interface IMeasureDecisionSource
{
    Task<IReadOnlyList<MeasureDecision>> PublicDecisionsAsync(string measureSlug, CancellationToken cancellationToken);
}

/// <param name="Citation">E.g. "Trygghetsrådet 2026-02-12 § 2".</param>
/// <param name="Url">The decision's stable public address, e.g. "/beslut/trygghetsradet/2026/2".</param>
public sealed record MeasureDecision(string Citation, string Title, string Url, DateOnly Date);
