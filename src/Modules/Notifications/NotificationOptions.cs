namespace Trygghet.Modules.Notifications;

/// <summary>Modules:Notifications. Delivery stays off (messages wait in the outbox) until Smtp:Host is set, so a
/// plain <c>dotnet run</c> starts without any mail server.</summary>
internal sealed class NotificationOptions
{
    /// <summary>How often the delivery loop looks for due messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Delivery attempts (each with the pipeline's own quick retries) before a message is Dead.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed attempt; it doubles with each further one (30 s, 1 min, 2 min, …).</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan RetryMax { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a node holds a claimed message; a node that dies mid-send frees it after this.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    public int BatchSize { get; set; } = 20;

    /// <summary>How long a confirmation or removal link works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Subscription form posts per client address and minute before 429.</summary>
    public int PostsPerMinute { get; set; } = 10;

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The resilience pipeline around one SMTP send.</summary>
    public PipelineOptions Pipeline { get; set; } = new();
}

/// <summary>Modules:Notifications:Smtp. UserName and Password come from configuration (user secrets, environment,
/// a secret store), never from code or a recipe.</summary>
internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string From { get; set; } = "no-reply@localhost";

    public string? FromName { get; set; }

    /// <summary>STARTTLS required (submission port). Off only for a local relay on loopback.</summary>
    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

internal sealed class PipelineOptions
{
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int Retries { get; set; } = 2;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Open the circuit when this share of sends in the sampling window failed …</summary>
    public double FailureRatio { get; set; } = 0.5;

    public int MinimumThroughput { get; set; } = 5;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>… and do not try the server again for this long.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
