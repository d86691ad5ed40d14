using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

/// <summary>A newcomer's first start: a fresh SQLite database is migrated without a warning (FollowUp's
/// MeasureProblemSection rebuilt followup_Measures, and EF Core warned that "PRAGMA foreign_keys = 0" cannot run in a
/// transaction), and the log then says what to do next: where to set the site up, or where to sign in.</summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task AFreshDatabase_IsMigratedWithoutWarnings_AndTheLogSaysWhereToSignIn()
    {
        var log = new InformationLog();
        await using var app = await PortalApp.StartAsync(recipe: "demo", services: s => s.AddSingleton<ILoggerProvider>(log));

        var warnings = app.Logs.Entries.Where(e => e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)).ToList();
        Assert.True(warnings.Count == 0, "EF Core warned on a fresh database:\n" + string.Join('\n', warnings));
        Assert.Contains(log.Messages, m => m.Contains("The site is set up from recipe demo", StringComparison.Ordinal)
            && m.Contains("/admin", StringComparison.Ordinal) && m.Contains(PortalApp.AdminEmail, StringComparison.Ordinal));
    }

    /// <summary>Behind a proxy the node's own address is no address a person can open: with App:PublicBaseUrl the
    /// line names the public origin.</summary>
    [Fact]
    public async Task WithAPublicOrigin_TheLogNamesItForSigningIn()
    {
        var log = new InformationLog();
        await using var app = await PortalApp.StartAsync(recipe: "demo", services: s => s.AddSingleton<ILoggerProvider>(log),
            settings: new Dictionary<string, string?> { ["App:PublicBaseUrl"] = "https://trygghet.example.se:8443" });

        Assert.Contains(log.Messages, m => m.Contains("open https://trygghet.example.se:8443/admin and sign in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASiteNotSetUp_SaysWhereTheSetupPageIs()
    {
        var log = new InformationLog();
        await using var app = await PortalApp.StartAsync(recipe: null, services: s => s.AddSingleton<ILoggerProvider>(log));

        Assert.Contains(log.Messages, m => m.Contains("The site is not set up yet. Open /setup", StringComparison.Ordinal));
    }

    /// <summary>The portal's own Information lines (PortalApp's sink keeps warnings and errors only).</summary>
    private sealed class InformationLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyCollection<string> Messages => _messages;

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _messages);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information && category.StartsWith("Trygghet", StringComparison.Ordinal);

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    messages.Enqueue(formatter(state, exception));
                }
            }
        }
    }
}
