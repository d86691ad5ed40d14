using Trygghet.Portal.Core.Text;

namespace Trygghet.Portal.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("trygghetsradet", true)]
    [InlineData("linkoping-innerstaden-2026", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData("Trygghetsradet", false)]
    [InlineData("trygghetsrådet", false)]
    [InlineData("-inledande", false)]
    [InlineData("avslutande-", false)]
    [InlineData("dubbla--bindestreck", false)]
    [InlineData("med mellanslag", false)]
    [InlineData("../etc/passwd", false)]
    public void Slug_AcceptsOnlyReadableLowerCaseSegments(string slug, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(slug));

    [Fact]
    public void Slug_RefusesMoreThanEightyCharacters()
    {
        Assert.True(Slug.IsValid(new string('a', 80)));
        Assert.False(Slug.IsValid(new string('a', 81)));
    }
}
