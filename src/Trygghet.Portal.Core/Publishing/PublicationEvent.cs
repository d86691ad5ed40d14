namespace Trygghet.Portal.Core.Publishing;

/// <summary>What happened to something citizens can see.</summary>
public enum PublicationChange
{
    /// <summary>Made public (news published, a kallelse sent out, a progress report, a follow-up).</summary>
    Published,

    /// <summary>Public data changed without a new publication (an editor corrected a measure); not audited.</summary>
    Changed,

    /// <summary>Taken down: archived or withdrawn, never deleted.</summary>
    Withdrawn,

    /// <summary>A decision took effect (a protokoll justerat, a paragraph omedelbart justerad, a correction).</summary>
    Decided,
}

/// <summary>"This was published / changed / withdrawn / decided", raised by the module that did it through
/// <see cref="IPublicationEvents"/> and handled once by whoever cares (<see cref="IPublicationHandler{TEvent}"/>): the
/// audit trail, the public caches, later the search index. A module derives its own event type when a handler needs
/// more than this.</summary>
/// <param name="DataKind">The kind of public data it was, which is also the cache tag of the pages that show that
/// kind (<see cref="Caching.PublicCacheTags"/>, e.g. "measures").</param>
/// <param name="Change">What happened.</param>
/// <param name="Action">What the person did, in the audit's words ("publicerade uppföljningen").</param>
/// <param name="Subject">What it concerned ("åtgärd trygg-skolvag").</param>
/// <param name="Actor">Who did it; the signed-in user of the request when null.</param>
public record PublicationEvent(string DataKind, PublicationChange Change, string Action, string Subject, string? Actor = null);
