namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>The public measures of one plan counted for one combination of the action plan's filters: a goal, an
/// area, a status and a responsible body, each either one value or <see cref="Guid.Empty"/> for "any". The public
/// list reads its totals and its progress per goal and per area from these rows instead of aggregating the whole
/// plan on every request (ADR 18). They are a cache: <see cref="Stamp"/> must equal the plan's
/// <see cref="ActionPlan.RollupStamp"/>, which every change to the plan's measures renews.</summary>
internal sealed class PlanRollup
{
    public Guid PlanId { get; set; }

    public Guid GoalId { get; set; }

    public Guid AreaId { get; set; }

    public Guid StatusId { get; set; }

    public Guid BodyId { get; set; }

    /// <summary>The plan's <see cref="ActionPlan.RollupStamp"/> when these rows were computed.</summary>
    public Guid Stamp { get; set; }

    /// <summary>Public measures at every level: the list's "N åtgärder matchar urvalet".</summary>
    public int Measures { get; set; }

    /// <summary>Public top-level measures, which the plan's progress is the mean of.</summary>
    public int TopLevel { get; set; }

    /// <summary>The sum of the top-level measures' total progress.</summary>
    public int TopLevelProgress { get; set; }
}

/// <summary>A combination of the action plan's filters; <see cref="Guid.Empty"/> means any.</summary>
internal readonly record struct RollupKey(Guid GoalId, Guid AreaId, Guid StatusId, Guid BodyId)
{
    public static readonly RollupKey Everything = default;

    public static RollupKey Goal(Guid id) => new(id, Guid.Empty, Guid.Empty, Guid.Empty);

    public static RollupKey Area(Guid id) => new(Guid.Empty, id, Guid.Empty, Guid.Empty);
}

/// <summary>The figures of one <see cref="RollupKey"/>.</summary>
internal readonly record struct RollupTally(int Measures, int TopLevel, int TopLevelProgress)
{
    /// <summary>The mean total progress of the top-level measures, as the public pages show it.</summary>
    public int Progress => PlanQueries.Mean(TopLevelProgress, TopLevel);

    public RollupTally Add(bool topLevel, int progress) =>
        new(Measures + 1, TopLevel + (topLevel ? 1 : 0), TopLevelProgress + (topLevel ? progress : 0));
}
