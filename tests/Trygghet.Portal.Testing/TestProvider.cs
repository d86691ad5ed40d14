using Xunit;

namespace Trygghet.Portal.Testing;

/// <summary>The databases integration tests run on. PostgreSQL runs whenever TEST_POSTGRES holds a connection
/// string (to a role that may create databases); under CI=true a missing one fails instead of skipping.</summary>
public static class TestProvider
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Theory data: every provider, so each test names the provider it ran on.</summary>
    public static TheoryData<string> All => new TheoryData<string> { Sqlite, Postgres };

    /// <summary>Call first in a provider theory: skips PostgreSQL locally when it is not configured.</summary>
    public static void EnsureAvailable(string provider)
    {
        if (provider != Postgres || PostgresConnectionString is not null)
        {
            return;
        }

        if (IsCi)
        {
            Assert.Fail("CI=true but TEST_POSTGRES is not set: the PostgreSQL tests must run in CI.");
        }

        Assert.Skip("TEST_POSTGRES is not set; PostgreSQL tests are skipped outside CI.");
    }
}
