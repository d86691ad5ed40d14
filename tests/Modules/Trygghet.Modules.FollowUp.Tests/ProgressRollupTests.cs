using Trygghet.Modules.FollowUp.Plans;

namespace Trygghet.Modules.FollowUp.Tests;

/// <summary>The roll-up arithmetic: weighted where weights are given (a missing weight counts as 1), else the plain mean,
/// rounded half away from zero, over any depth.</summary>
public sealed class ProgressRollupTests
{
    [Fact]
    public void Combine_WithoutWeights_IsThePlainMean() =>
        Assert.Equal(50, ProgressRollup.Combine([(100, null), (30, null), (20, null)]));

    [Fact]
    public void Combine_WithWeights_IsTheWeightedMean() =>
        // (100·1 + 60·2 + 30·1) / 4 = 62.5 → 63
        Assert.Equal(63, ProgressRollup.Combine([(100, 1m), (60, 2m), (30, 1m)]));

    [Fact]
    public void Combine_AMissingWeightCountsAsOne() =>
        // (100·3 + 0·1) / 4 = 75
        Assert.Equal(75, ProgressRollup.Combine([(100, 3m), (0, null)]));

    [Fact]
    public void Combine_RoundsHalfAwayFromZero()
    {
        Assert.Equal(51, ProgressRollup.Combine([(51, null), (50, null)]));
        Assert.Equal(33, ProgressRollup.Combine([(100, null), (0, null), (0, null)]));
    }

    [Fact]
    public void Apply_RollsUpThroughEveryLevel_AndLeavesLeavesWithTheirOwnProgress()
    {
        var plan = Guid.NewGuid();
        var root = new Measure { PlanId = plan, Progress = 5 };
        var middle = new Measure { PlanId = plan, ParentId = root.Id, Progress = 99, Weight = 3m };
        var leafA = new Measure { PlanId = plan, ParentId = middle.Id, Progress = 100 };
        var leafB = new Measure { PlanId = plan, ParentId = middle.Id, Progress = 20 };
        var sibling = new Measure { PlanId = plan, ParentId = root.Id, Progress = 20 };

        ProgressRollup.Apply([leafA, root, sibling, middle, leafB]);

        Assert.Equal(60, middle.TotalProgress);                      // (100 + 20) / 2
        Assert.Equal(50, root.TotalProgress);                        // (60·3 + 20·1) / 4
        Assert.Equal(100, leafA.TotalProgress);
        Assert.True(root.HasChildren);
        Assert.False(leafB.HasChildren);
    }

    [Fact]
    public void Apply_RefusesACycle()
    {
        var a = new Measure();
        var b = new Measure { ParentId = a.Id };
        a.ParentId = b.Id;
        Assert.Throws<InvalidOperationException>(() => ProgressRollup.Apply([a, b]));
    }
}
