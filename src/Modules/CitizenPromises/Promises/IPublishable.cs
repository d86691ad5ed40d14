namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>Something staff write as a draft and an editor publishes: invisible to the public until then.</summary>
internal interface IPublishable
{
    DateTime? PublishedUtc { get; set; }

    string? PublishedBy { get; set; }
}
