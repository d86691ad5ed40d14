using Microsoft.Playwright;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.BrowserTests;

/// <summary>Debian's Chromium, driven by Playwright's bundled driver. Playwright's own browser download cannot
/// reach its servers from here or from CI, so the suite never runs `playwright install`; `.ci/run` installs the
/// distribution's package instead.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>Headless, with nothing that phones home (component updates, sync, background networking): the
    /// only network the browser should see is the portal on 127.0.0.1. No sandbox: CI runs as root in a container.</summary>
    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    };

    /// <summary>Call first in a browser test: skips it when Chromium is missing, except under CI=true where the
    /// browser tests must run (the same rule as <see cref="TestProvider.EnsureAvailable"/> for PostgreSQL).</summary>
    public static void EnsureInstalled()
    {
        if (IsInstalled)
        {
            return;
        }

        if (TestProvider.IsCi)
        {
            Assert.Fail($"CI=true but {ExecutablePath} is missing: .ci/run should have installed Debian's chromium package.");
        }

        Assert.Skip($"{ExecutablePath} is missing (apt-get install chromium); browser tests are skipped outside CI.");
    }
}
