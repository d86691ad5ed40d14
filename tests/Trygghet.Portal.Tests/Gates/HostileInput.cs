namespace Trygghet.Portal.Tests.Gates;

/// <summary>Values that break naive code: markup, SQL, paths, control characters, huge and odd numbers,
/// very long and non-BMP text. The fuzz tests mix them with random strings.</summary>
internal static class HostileInput
{
    public static readonly string[] Values =
    [
        "",
        " ",
        "<script>alert('x')</script>",
        "\"><img src=x onerror=alert(1)>",
        "' OR '1'='1' --",
        "\"; DROP TABLE governance_Forums; --",
        "../../../../etc/passwd",
        "\0",
        "a\r\nSet-Cookie: stulen=1",
        "{{7*7}}${7*7}",
        "${jndi:ldap://127.0.0.1/x}",
        "-1",
        "0",
        "2147483648",
        "-9223372036854775809",
        "99999999999999999999999999",
        "1e309",
        "NaN",
        "00000000-0000-0000-0000-000000000000",
        "inte-ett-guid",
        "%00%0d%0a",
        "ÅÄÖ åäö é ü ß",
        "𝕿𝖗𝖞𝖌𝖌𝖍𝖊𝖙 🚓🚨",
        "\u202Eevil\u202C",
        "rtl\u202Eexe.pdf",
        "ann\u200Ba@example.se",
        "\u2066admin@example.se\u2069",
        "\uFEFF\u200C\u200D\u2060",
        new string('\u200B', 12),
        "e\u0301 NFD",
        "Administratör",
        "Portal.AccessAdmin",
        "admin@example.se",
        new string('x', 5_000),
        new string('å', 70_000),
    ];
}
