using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Identity.Passwords;

/// <summary>OWASP ASVS password rules: at least 12 and at most 128 characters, no composition rules,
/// and refused when it is a common password, the account's own e-mail address, or nothing a person can see
/// (issue 17: twelve zero-width spaces were accepted).</summary>
internal sealed class PasswordPolicyValidator(CommonPasswords common, IStringLocalizer<PasswordPolicyValidator> t)
    : IPasswordValidator<PortalUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        password ??= string.Empty;
        // Characters as a person counts them (Unicode scalar values), not UTF-16 code units; zero-width and bidi
        // characters are not seen, so they do not count towards the length.
        var length = password.EnumerateRunes().Count(r => !r.IsBmp || !HiddenCharacters.IsHidden((char)r.Value));
        var errors = new List<IdentityError>();
        if (HiddenCharacters.IsInvisible(password))
        {
            errors.Add(Error("PasswordInvisible", t["Lösenordet måste innehålla tecken som syns; mellanslag och osynliga tecken räcker inte."]));
        }
        else if (length < MinimumLength)
        {
            errors.Add(Error("PasswordTooShort", t["Lösenordet måste ha minst {0} tecken.", MinimumLength]));
        }
        else if (length > MaximumLength)
        {
            errors.Add(Error("PasswordTooLong", t["Lösenordet får ha högst {0} tecken.", MaximumLength]));
        }
        else if (common.Contains(password))
        {
            errors.Add(Error("PasswordCommon", t["Lösenordet är för vanligt och lätt att gissa. Välj ett annat, gärna en mening med flera ord."]));
        }
        else if (string.Equals(password, user.Email, StringComparison.OrdinalIgnoreCase) ||
                 string.Equals(password, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(Error("PasswordIsUserName", t["Lösenordet får inte vara din e-postadress."]));
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}

/// <summary>The list of refused passwords: the embedded list, or Identity:CommonPasswordsFile when configured.</summary>
internal sealed class CommonPasswords
{
    private readonly HashSet<string> _passwords;

    public CommonPasswords(string? file)
    {
        using var stream = file is null
            ? Assembly.GetExecutingAssembly().GetManifestResourceStream("Trygghet.Modules.Identity.common-passwords.txt")!
            : File.OpenRead(file);
        using var reader = new StreamReader(stream);
        _passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                _passwords.Add(line.Trim());
            }
        }
    }

    public int Count => _passwords.Count;

    public bool Contains(string password) => _passwords.Contains(password.Trim());
}
