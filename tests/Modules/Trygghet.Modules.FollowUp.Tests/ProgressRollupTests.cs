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

    /// <summary>Issue 17, point 2: an Intern child moved its public parent's figure (65 % instead of the public
    /// children's 70 %). The public figure is the roll-up of the public children only, at every level.</summary>
    [Fact]
    public void Apply_PublicProgress_CountsOnlyPublicChildren_AtEveryLevel()
    {
        var plan = Guid.NewGuid();
        var root = new Measure { PlanId = plan, Progress = 5 };
        var middle = new Measure { PlanId = plan, ParentId = root.Id, Progress = 99 };
        var publicLeaf = new Measure { PlanId = plan, ParentId = middle.Id, Progress = 70 };
        var internLeaf = new Measure { PlanId = plan, ParentId = middle.Id, Progress = 10, Classification = Portal.Core.Classification.Classification.Intern };
        var internOnlyParent = new Measure { PlanId = plan, ParentId = root.Id, Progress = 30 };
        var hidden = new Measure { PlanId = plan, ParentId = internOnlyParent.Id, Progress = 90, Classification = Portal.Core.Classification.Classification.Intern };

        ProgressRollup.Apply([root, middle, publicLeaf, internLeaf, internOnlyParent, hidden]);

        Assert.Equal((40, 70), (middle.TotalProgress, middle.PublicProgress));            // (70 + 10) / 2 | 70
        Assert.Equal((90, 30), (internOnlyParent.TotalProgress, internOnlyParent.PublicProgress)); // its own 30: no public child
        Assert.Equal((65, 50), (root.TotalProgress, root.PublicProgress));                // (40 + 90) / 2 | (70 + 30) / 2
        Assert.True(middle.HasPublicChildren);
        Assert.False(internOnlyParent.HasPublicChildren);
        Assert.True(internOnlyParent.HasChildren);
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
