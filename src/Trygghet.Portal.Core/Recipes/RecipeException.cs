namespace Trygghet.Portal.Core.Recipes;

/// <summary>A recipe that cannot be applied. The message names the file, the step (index and name) and the problem.</summary>
public sealed class RecipeException : Exception
{
    public RecipeException(string fileName, int? stepIndex, string? stepName, string problem)
        : base(Format(fileName, stepIndex, stepName, problem))
    {
        FileName = fileName;
        StepIndex = stepIndex;
        StepName = stepName;
        Problem = problem;
    }

    public RecipeException()
        : this("?", null, null, "okänt fel")
    {
    }

    public RecipeException(string message)
        : this("?", null, null, message)
    {
    }

    public RecipeException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = "?";
        Problem = message;
    }

    public string FileName { get; }

    /// <summary>Zero-based position of the step in its file's "steps" array.</summary>
    public int? StepIndex { get; }

    public string? StepName { get; }

    public string Problem { get; }

    private static string Format(string fileName, int? stepIndex, string? stepName, string problem) =>
        stepIndex is null
            ? $"Receptet {fileName}: {problem}"
            : $"Receptet {fileName}, steg {stepIndex} ({stepName ?? "utan namn"}): {problem}";
}
