using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Trygghet.Modules.Content.Items;

/// <summary>A line diff between two versions, over a plain-text rendering of every field (title, lead, tags,
/// links, body), so that an editor sees all that changed in one list.</summary>
internal static class VersionDiff
{
    public static IReadOnlyList<DiffLine> Between(ContentVersion from, ContentVersion to)
    {
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(Text(from), Text(to), ignoreWhitespace: false);
        return model.Lines
            .Where(l => l.Type != ChangeType.Imaginary)
            .Select(l => new DiffLine(l.Type switch
            {
                ChangeType.Inserted => DiffKind.Added,
                ChangeType.Deleted => DiffKind.Removed,
                _ => DiffKind.Same,
            }, l.Text ?? string.Empty))
            .ToList();
    }

    public static string Text(ContentVersion v)
    {
        var text = new StringBuilder();
        text.Append("Rubrik: ").AppendLine(v.Title);
        text.Append("Ingress: ").AppendLine(v.Lead);
        text.Append("Klassificering: ").AppendLine(v.Classification.ToString());
        text.Append("Taggar: ").AppendLine(string.Join(", ", v.Tags));
        text.Append("Områden: ").AppendLine(string.Join(", ", v.Areas));
        text.Append("Åtgärder: ").AppendLine(string.Join(", ", v.MeasureSlugs));
        text.Append("Medborgarlöften: ").AppendLine(string.Join(", ", v.PromiseSlugs));
        text.Append("Sammanträden: ").AppendLine(string.Join(", ", v.MeetingIds));
        text.Append("Bild: ").AppendLine(v.ImageUrl is null ? string.Empty : $"{v.ImageUrl} ({v.ImageAlt})");
        text.AppendLine();
        text.Append(v.Body.Replace("\r\n", "\n", StringComparison.Ordinal));
        return text.ToString();
    }
}

internal enum DiffKind
{
    Same,
    Added,
    Removed,
}

internal sealed record DiffLine(DiffKind Kind, string Text);
