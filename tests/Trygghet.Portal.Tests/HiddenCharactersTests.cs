using Trygghet.Portal.Core.Text;

namespace Trygghet.Portal.Tests;

/// <summary>Issue 17, point 8: the characters that make text look like something else, found and removed by the one
/// helper every form uses.</summary>
public sealed class HiddenCharactersTests
{
    [Theory]
    [InlineData("rtl\u202Eexe.pdf")]
    [InlineData("a\u202Ab")]
    [InlineData("\u2066x\u2069")]
    [InlineData("x\u200E")]
    [InlineData("x\u200F")]
    [InlineData("na\u200Bmn@example.se")]
    [InlineData("na\u200Cmn@example.se")]
    [InlineData("na\u200Dmn@example.se")]
    [InlineData("na\u2060mn@example.se")]
    [InlineData("\uFEFFnamn@example.se")]
    public void Contains_FindsBidiControlsAndZeroWidthCharacters(string value)
    {
        Assert.True(HiddenCharacters.Contains(value));
        Assert.False(HiddenCharacters.Contains(HiddenCharacters.Strip(value)));
        Assert.False(new NoHiddenCharactersAttribute().IsValid(value));
    }

    [Theory]
    [InlineData("namn@example.se")]
    [InlineData("Ågatan – möte.pdf")]
    [InlineData("")]
    public void Contains_LeavesOrdinaryTextAlone(string value)
    {
        Assert.False(HiddenCharacters.Contains(value));
        Assert.True(new NoHiddenCharactersAttribute().IsValid(value));
    }

    [Fact]
    public void Normalize_MakesComposedAndDecomposedTheSame() =>
        Assert.Equal("\u00E5", HiddenCharacters.Normalize("a\u030A"));

    [Theory]
    [InlineData("\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B", true)]
    [InlineData("            ", true)]
    [InlineData(" \u2060\uFEFF\u00A0\u200D ", true)]
    [InlineData("\u200B\u200Ba\u200B", false)]
    public void IsInvisible_IsTrueOnlyWhenNothingWouldBeSeen(string value, bool expected) =>
        Assert.Equal(expected, HiddenCharacters.IsInvisible(value));

    [Fact]
    public void Attribute_NamesTheField() =>
        Assert.Equal("E-postadress får inte innehålla osynliga tecken eller tecken som vänder textriktningen.",
            new NoHiddenCharactersAttribute().FormatErrorMessage("E-postadress"));
}
