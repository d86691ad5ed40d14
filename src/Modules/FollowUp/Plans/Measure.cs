using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>An åtgärd of an action plan. <see cref="Progress"/> is what its responsible body reported;
/// <see cref="TotalProgress"/> is what the back office shows: its own progress, or all its children's rolled up (see
/// <see cref="ProgressRollup"/>); <see cref="PublicProgress"/> is the same over its public children only.</summary>
internal sealed class Measure : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PlanId { get; set; }

    public string Slug { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>The lägesbild problem the measure answers (its why), in the measure's own words.</summary>
    public string? Problem { get; set; }

    /// <summary>The lägesbild section (problem area) the measure answers, so that the why is traceable to the
    /// lägesbild itself. Citizens see the link only while that section is public.</summary>
    public Guid? ProblemSectionId { get; set; }

    public Guid? ResponsibleBodyId { get; set; }

    /// <summary>Others who take part, as free text ("Polisen, Stångåstaden AB").</summary>
    public string? Contributors { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? End { get; set; }

    public Guid StatusId { get; set; }

    /// <summary>0–100, as reported.</summary>
    public int Progress { get; set; }

    /// <summary>0–100: <see cref="Progress"/> for a measure without children, else the roll-up of its children.</summary>
    public int TotalProgress { get; set; }

    public bool HasChildren { get; set; }

    /// <summary>0–100, what the public sees: <see cref="Progress"/> for a measure without public children, else the
    /// roll-up of its public (Offentlig) children only. An Intern child must not move, or reveal itself in, a public
    /// number (issue 17); the back office shows both, labelled.</summary>
    public int PublicProgress { get; set; }

    public bool HasPublicChildren { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>Weight among its siblings in the parent's roll-up; none counts as 1.</summary>
    public decimal? Weight { get; set; }

    public string? BudgetReference { get; set; }

    public Portal.Core.Classification.Classification Classification { get; set; }

    /// <summary>Measurable targets: indicator with baseline, target and actual.</summary>
    public List<MeasureTarget> Targets { get; set; } = [];

    public List<MeasureGoal> Goals { get; set; } = [];

    public List<MeasureArea> Areas { get; set; } = [];

    /// <summary>The date of the latest progress report, for "reports due".</summary>
    public DateOnly? LastReportedOn { get; set; }

    public Guid Version { get; set; }
}

internal sealed class MeasureTarget
{
    public string Name { get; set; } = string.Empty;

    public string? Unit { get; set; }

    public decimal? Baseline { get; set; }

    public decimal? Target { get; set; }

    public decimal? Actual { get; set; }
}

internal sealed class MeasureGoal
{
    public Guid MeasureId { get; set; }

    public Guid GoalId { get; set; }
}

internal sealed class MeasureArea
{
    public Guid MeasureId { get; set; }

    public Guid AreaId { get; set; }
}

/// <summary>One entry of a measure's timeline: what was reported, when and by whom. Never edited or deleted (history).</summary>
internal sealed class ProgressUpdate
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid MeasureId { get; set; }

    public DateOnly Date { get; set; }

    public Guid StatusId { get; set; }

    public int Progress { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>The reporter's sign-in name; shown in the back office only (GDPR). Citizens see the responsible body.</summary>
    public string? Author { get; set; }

    public DateTime CreatedUtc { get; set; }
}

/// <summary>A milestone on a measure's timeline.</summary>
internal sealed class Milestone : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid MeasureId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public DateOnly Date { get; set; }

    public bool Done { get; set; }

    public Guid Version { get; set; }
}
