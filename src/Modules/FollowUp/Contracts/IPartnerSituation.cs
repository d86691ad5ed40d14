namespace Trygghet.Modules.FollowUp.Contracts;

/// <summary>The parts of the lägesbild classified for partners, for the samverkansråd's space: the Intern sections of
/// the latest set lägesbild (its Offentlig ones are public at /lagesbild already). Never a Sekretess section, and
/// nothing of a draft. The caller decides who may see it (members of the space only).</summary>
public interface IPartnerSituation
{
    Task<PartnerSituationReport?> LatestForPartnersAsync(CancellationToken cancellationToken);
}

/// <param name="Slug">The lägesbild's slug; its public page is /lagesbild.</param>
public sealed record PartnerSituationReport(string Slug, string Title, DateOnly SetOn, IReadOnlyList<PartnerSituationSection> Sections);

public sealed record PartnerSituationSection(string Slug, string Title, string Text);
