using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>The classification fields a form shares with others (agenda items, paragraphs), so one partial
/// (_ClassificationFields) renders them the same way everywhere.</summary>
internal interface IClassifiedInput
{
    Classification Classification { get; set; }

    string? OslReference { get; set; }

    DateOnly? MarkedOn { get; set; }

    string? MarkedBy { get; set; }
}
