namespace Trygghet.Portal.Core.OpenData;

/// <summary>One documented field of an open-data list. The same name is the JSON property and the CSV
/// column, so a reuser reads one description for both formats (docs/open-data.md lists them).</summary>
public sealed record OpenDataColumn<T>(string Name, string Description, Func<T, object?> Value);
