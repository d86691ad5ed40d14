namespace Trygghet.Modules.Governance.Minutes;

/// <summary>What a change to a protokoll came to: done, refused (each problem naming its field), or a
/// conflict with someone who saved in between.</summary>
internal sealed record MinutesResult(IReadOnlyList<(string Field, string Problem)> Problems, bool Conflict)
{
    public static readonly MinutesResult Done = new([], false);

    public static readonly MinutesResult Conflicted = new([], true);

    public bool Succeeded => Problems.Count == 0 && !Conflict;

    public static MinutesResult Refused(string field, string problem) => new([(field, problem)], false);
}
