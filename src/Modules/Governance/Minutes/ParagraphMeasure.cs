namespace Trygghet.Modules.Governance.Minutes;

/// <summary>A decision concerns a measure of the action plan: the measure's page then links to the decision, so a
/// citizen can follow a measure from the lägesbild through the action plan to the forum that decided on it. The
/// measure is named by its slug (FollowUp's stable key); Governance does not read FollowUp's tables.</summary>
internal sealed class ParagraphMeasure
{
    public Guid ParagraphId { get; set; }

    public string MeasureSlug { get; set; } = string.Empty;
}
