using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>An åtgärdsplan for a period, decided by kommunstyrelsen. Only a decided plan reaches citizens.</summary>
internal sealed class ActionPlan : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Slug { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    /// <summary>The KS decision, cited as "KS 2026-02-10 § 18".</summary>
    public string? DecisionReference { get; set; }

    /// <summary>Null while the plan is a draft.</summary>
    public DateOnly? DecidedOn { get; set; }

    public Guid Version { get; set; }

    /// <summary>Renewed whenever the plan's measures change (see <see cref="PlanRollup"/>); not a concurrency token,
    /// and written apart from the plan's other columns.</summary>
    public Guid RollupStamp { get; set; }
}

/// <summary>A follow-up period of a plan (e.g. a tertial): each responsible body reports on its measures once within it.</summary>
internal sealed class FollowUpPeriod : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PlanId { get; set; }

    public string Name { get; set; } = string.Empty;

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public Guid Version { get; set; }
}
