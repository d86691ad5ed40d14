using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Trygghet.Portal.BrowserTests;

/// <summary>One axe-core finding, with what a developer needs to find and fix it.</summary>
public sealed record AxeViolation(string Path, string Viewport, string RuleId, string Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets)
{
    public override string ToString() =>
        $"{Path} [{Viewport}] {RuleId} ({Impact}): {Help} <{HelpUrl}>{Environment.NewLine}" +
        string.Join(Environment.NewLine, Targets.Select(t => "    " + t));
}

/// <summary>Runs axe-core on the page as the browser has rendered it, with exactly the rules the law asks for:
/// WCAG 2.0 and 2.1, levels A and AA (EN 301 549). No rule is switched off.</summary>
public static class AxeAudit
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page, string path, string viewport)
    {
        var result = await page.RunAxe(Wcag21AA);
        return result.Violations
            .Select(v => new AxeViolation(
                path,
                Viewports.Describe(viewport),
                v.Id,
                v.Impact ?? "unknown",
                v.Help,
                v.HelpUrl,
                v.Nodes.Select(n => $"{n.Target}  {n.Html}").ToList()))
            .ToList();
    }

    /// <summary>Goes to each page in turn and audits it.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunOnEachAsync(IPage page, IEnumerable<string> paths, string viewport)
    {
        var violations = new List<AxeViolation>();
        foreach (var path in paths)
        {
            await page.VisitAsync(path);
            violations.AddRange(await RunAsync(page, path, viewport));
        }

        return violations;
    }

    public static string Report(IReadOnlyList<AxeViolation> violations, int pageCount)
    {
        var report = new StringBuilder()
            .Append(violations.Count).Append(" WCAG 2.1 A/AA violation(s) on ").Append(violations.Select(v => v.Path).Distinct().Count())
            .Append(" of ").Append(pageCount).AppendLine(" page(s):");
        foreach (var violation in violations)
        {
            report.AppendLine(violation.ToString());
        }

        return report.ToString();
    }
}
