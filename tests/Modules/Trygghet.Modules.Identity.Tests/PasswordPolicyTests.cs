using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Trygghet.Modules.Identity.Passwords;
using Trygghet.Modules.Identity.Users;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>The ASVS password rules on their own: length in characters as a person counts them,
/// the common-password list, the e-mail address, and no composition rules.</summary>
public sealed class PasswordPolicyTests
{
    private const string Email = "anna.andersson@example.se";

    private static readonly PasswordPolicyValidator Validator = new(
        new CommonPasswords(null),
        new StringLocalizer<PasswordPolicyValidator>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    [Fact]
    public async Task Validate_RefusesElevenCharacters()
    {
        const string password = "kortlösenor";
        Assert.Equal(11, password.Length);

        var error = Assert.Single(await ErrorsAsync(password));
        Assert.Equal("PasswordTooShort", error.Code);
        Assert.Equal("Lösenordet måste ha minst 12 tecken.", error.Description);
    }

    /// <summary>Issue 17, point 8: a password of twelve zero-width spaces was accepted.</summary>
    [Theory]
    [InlineData("\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B")]
    [InlineData("\uFEFF\u2060\u200C\u200D\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B")]
    [InlineData("             ")]
    public async Task Validate_RefusesAPasswordNobodyCanSee(string password)
    {
        var error = Assert.Single(await ErrorsAsync(password));
        Assert.Equal("PasswordInvisible", error.Code);
        Assert.Equal("Lösenordet måste innehålla tecken som syns; mellanslag och osynliga tecken räcker inte.", error.Description);
    }

    [Fact]
    public async Task Validate_DoesNotCountZeroWidthCharactersTowardsTheLength() =>
        Assert.Equal("PasswordTooShort", Assert.Single(await ErrorsAsync("kortlösen\u200B\u200B\u200B\u200B")).Code);

    [Fact]
    public async Task Validate_AcceptsTwelveCharacters() =>
        Assert.Empty(await ErrorsAsync("kortlösenord"));

    [Fact]
    public async Task Validate_AcceptsOneHundredTwentyEightCharacters() =>
        Assert.Empty(await ErrorsAsync(Passphrase(128)));

    [Fact]
    public async Task Validate_RefusesOneHundredTwentyNineCharacters()
    {
        var error = Assert.Single(await ErrorsAsync(Passphrase(129)));

        Assert.Equal("PasswordTooLong", error.Code);
        Assert.Equal("Lösenordet får ha högst 128 tecken.", error.Description);
    }

    [Fact]
    public async Task Validate_CountsTwelveEmojiAsTwelveCharactersAndAcceptsThem()
    {
        var emoji = string.Concat(Enumerable.Repeat("🔒🏠🚲", 4));
        Assert.Equal(24, emoji.Length); // UTF-16 code units: each emoji is a surrogate pair

        Assert.Empty(await ErrorsAsync(emoji));
    }

    [Fact]
    public async Task Validate_CountsElevenEmojiAsElevenCharactersAndRefusesThem()
    {
        var emoji = string.Concat(Enumerable.Repeat("🔒", 11));
        Assert.Equal(22, emoji.Length); // long enough if UTF-16 code units were counted

        Assert.Equal("PasswordTooShort", Assert.Single(await ErrorsAsync(emoji)).Code);
    }

    [Fact]
    public async Task Validate_CountsSwedishLettersAsOneCharacterEachNotAsUtf8Bytes()
    {
        Assert.Empty(await ErrorsAsync("åäöåäöåäöåäö"));
        Assert.Equal("PasswordTooShort", Assert.Single(await ErrorsAsync("åäöåäöåäöåä")).Code);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("qwertyuiopåäö")]
    [InlineData("QwertyUiopÅÄÖ")]
    public async Task Validate_RefusesCommonPasswordWhateverItsCase(string password)
    {
        var error = Assert.Single(await ErrorsAsync(password));

        Assert.Equal("PasswordCommon", error.Code);
        Assert.Contains("för vanligt", error.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Email)]
    [InlineData("ANNA.ANDERSSON@EXAMPLE.SE")]
    public async Task Validate_RefusesTheAccountsEmailAddress(string password)
    {
        var error = Assert.Single(await ErrorsAsync(password));

        Assert.Equal("PasswordIsUserName", error.Code);
        Assert.Equal("Lösenordet får inte vara din e-postadress.", error.Description);
    }

    [Fact]
    public async Task Validate_AcceptsSixteenLowercaseLettersWithoutDigitsOrSymbols() =>
        Assert.Empty(await ErrorsAsync("korrekthastbatte"));

    [Fact]
    public void CommonPasswords_EmbeddedListIsLoaded()
    {
        var list = new CommonPasswords(null);

        Assert.True(list.Count > 100, $"Only {list.Count} common passwords were loaded.");
        Assert.False(list.Contains("# Common passwords of 12 characters or more"));
    }

    private static async Task<IReadOnlyList<IdentityError>> ErrorsAsync(string password)
    {
        var user = new PortalUser { Email = Email, UserName = Email };
        // The validator reads only the user and the password, never the manager.
        var result = await Validator.ValidateAsync(null!, user, password);
        Assert.Equal(result.Succeeded, !result.Errors.Any());
        return result.Errors.ToList();
    }

    /// <summary>Words separated by spaces, exactly <paramref name="length"/> characters long.</summary>
    private static string Passphrase(int length)
    {
        var words = string.Join(' ', Enumerable.Repeat("lugn kväll vid ån", 20));
        return words[..length];
    }
}
