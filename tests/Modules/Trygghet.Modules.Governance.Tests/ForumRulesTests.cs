using Trygghet.Modules.Governance.Forums;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>The rules a forum's definition must keep, shared by the recipe step and the admin form:
/// each broken rule is one problem that names its field.</summary>
public sealed class ForumRulesTests
{
    [Fact]
    public void Check_FindsNoProblemInAValidForum() =>
        Assert.Empty(ForumRules.Check(ValidForum()));

    [Theory]
    [InlineData("")]
    [InlineData("Trygghetsrådet")]
    [InlineData("trygghetsrådet")]
    [InlineData("trygghets radet")]
    [InlineData("-trygghetsradet")]
    [InlineData("trygghetsradet-")]
    [InlineData("trygghets_radet")]
    public void Check_InvalidSlugIsAProblemOfTheSlug(string slug)
    {
        var forum = ValidForum();
        forum.Slug = slug;

        var (field, problem) = Assert.Single(ForumRules.Check(forum));

        Assert.Equal("slug", field);
        Assert.Equal("får bara innehålla a–z, 0–9 och bindestreck", problem);
    }

    [Fact]
    public void Check_SlugLongerThanEightyCharactersIsAProblemOfTheSlug()
    {
        var forum = ValidForum();
        forum.Slug = new string('a', 81);

        Assert.Equal("slug", Assert.Single(ForumRules.Check(forum)).Field);
        forum.Slug = new string('a', 80);
        Assert.Empty(ForumRules.Check(forum));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_EmptyNameIsAProblemOfTheName(string name)
    {
        var forum = ValidForum();
        forum.Name = name;

        Assert.Equal(("name", "får inte vara tomt"), Assert.Single(ForumRules.Check(forum)));
    }

    [Fact]
    public void Check_MinMeetingsAboveMaxIsAProblemOfTheMax()
    {
        var forum = ValidForum();
        forum.MinMeetingsPerYear = 5;
        forum.MaxMeetingsPerYear = 4;

        Assert.Equal(("meetingsPerYear.max", "får inte vara mindre än min"), Assert.Single(ForumRules.Check(forum)));
    }

    [Fact]
    public void Check_MinMeetingsEqualToMaxIsNoProblem()
    {
        var forum = ValidForum();
        forum.MinMeetingsPerYear = 2;
        forum.MaxMeetingsPerYear = 2;

        Assert.Empty(ForumRules.Check(forum));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(53)]
    public void Check_MinMeetingsOutsideTheYearIsAProblemOfTheMin(int min)
    {
        var forum = ValidForum();
        forum.MinMeetingsPerYear = min;
        forum.MaxMeetingsPerYear = null;

        Assert.Equal(("meetingsPerYear.min", "måste vara mellan 0 och 52"), Assert.Single(ForumRules.Check(forum)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Check_SeatCountOutsideOneToHundredIsAProblemOfThatSeat(int count)
    {
        var forum = ValidForum();
        forum.Seats.Add(new ForumSeat { Title = "Kommunpolis", Kind = SeatKind.Adjungerad, Count = count });

        Assert.Equal(("seats[1].count", "måste vara mellan 1 och 100"), Assert.Single(ForumRules.Check(forum)));
    }

    [Fact]
    public void Check_SeatWithoutTitleIsAProblemOfThatSeat()
    {
        var forum = ValidForum();
        forum.Seats[0].Title = " ";

        Assert.Equal("seats[0].title", Assert.Single(ForumRules.Check(forum)).Field);
    }

    [Fact]
    public void Check_MoreThanThirtyTasksIsAProblemOfTheTasks()
    {
        var forum = ValidForum();
        forum.Tasks = Enumerable.Range(1, ForumRules.MaxTasks + 1).Select(i => $"Uppgift {i}").ToList();

        Assert.Equal(("tasks", "får ha högst 30 uppgifter"), Assert.Single(ForumRules.Check(forum)));
    }

    [Fact]
    public void Check_ReportsEveryBrokenRuleEachUnderItsOwnField()
    {
        var forum = ValidForum();
        forum.Slug = "Fel Slug";
        forum.Name = string.Empty;
        forum.MinMeetingsPerYear = 4;
        forum.MaxMeetingsPerYear = 3;
        forum.Seats[0].Count = 0;

        Assert.Equal(["slug", "name", "meetingsPerYear.max", "seats[0].count"], ForumRules.Check(forum).Select(p => p.Field));
    }

    [Theory]
    [InlineData(3, 4, "3–4 gånger per år")]
    [InlineData(2, 2, "2 gånger per år")]
    [InlineData(2, null, "minst 2 gånger per år")]
    [InlineData(null, 6, "högst 6 gånger per år")]
    [InlineData(null, null, null)]
    public void DescribeFrequency_SaysHowOftenTheForumMeets(int? min, int? max, string? expected) =>
        Assert.Equal(expected, ForumRules.DescribeFrequency(min, max));

    private static Forum ValidForum() => new()
    {
        Slug = "trygghetsradet",
        Name = "Trygghetsrådet",
        Kind = ForumKind.Strategisk,
        Purpose = "Styrgrupp för det trygghetsskapande arbetet.",
        Tasks = ["Fastställa lägesbild."],
        Seats = [new ForumSeat { Title = "Kommundirektör", Kind = SeatKind.Ledamot, Count = 1 }],
        MinMeetingsPerYear = 3,
        MaxMeetingsPerYear = 4,
    };
}
