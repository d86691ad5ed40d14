namespace Trygghet.Modules.FollowUp.Contracts;

/// <summary>The kommunala mål, for other modules (promises and news link to goals).</summary>
public interface IGoalDirectory
{
    Task<IReadOnlyList<GoalSummary>> ListAsync(CancellationToken cancellationToken);
}

public sealed record GoalSummary(Guid Id, string Slug, string Title);
