namespace Trygghet.Portal.Core.Classification;

/// <summary>A secrecy marking: the OSL provision, the date and the authority that marked it.
/// Required for <see cref="Classification.Sekretess"/>, meaningless otherwise.</summary>
public sealed record SecrecyMarking(string OslReference, DateOnly MarkedOn, string MarkedBy)
{
    public static bool IsValidFor(Classification classification, SecrecyMarking? marking) =>
        classification == Classification.Sekretess
            ? marking is not null && !string.IsNullOrWhiteSpace(marking.OslReference) && !string.IsNullOrWhiteSpace(marking.MarkedBy)
            : marking is null;
}
