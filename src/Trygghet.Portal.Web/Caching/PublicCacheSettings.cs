namespace Trygghet.Portal.Web.Caching;

/// <summary>OutputCache:* configuration.</summary>
internal sealed class PublicCacheSettings
{
    public const string Section = "OutputCache";

    /// <summary>OutputCache:Enabled (default true). Off, every request renders; for measuring and for finding
    /// out whether a problem is the cache's.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>OutputCache:Duration (default one minute). Eviction makes changes visible at once; the expiry
    /// only bounds the rare response that finishes rendering old data in the instant between a change's
    /// eviction and its own storing.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(1);
}
