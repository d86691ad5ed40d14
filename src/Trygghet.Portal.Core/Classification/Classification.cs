namespace Trygghet.Portal.Core.Classification;

/// <summary>How public an item is (offentlighetsprincipen). Public pages, feeds, search and open data
/// read only <see cref="Offentlig"/> items.</summary>
public enum Classification
{
    Offentlig = 0,
    Intern = 1,
    Sekretess = 2,
}
