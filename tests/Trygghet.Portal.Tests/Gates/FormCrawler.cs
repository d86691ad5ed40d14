using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Gates;

/// <summary>A form found by crawling: where it posts and what it sends when submitted as it stands.</summary>
internal sealed record FoundForm(string Page, string Action, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    public IReadOnlyList<string> EditableFields =>
        Fields.Select(f => f.Key).Where(k => k != AntiforgeryField).Distinct().ToList();

    public override string ToString() => $"{Action} (from {Page})";
}

/// <summary>Crawls links below a prefix and collects every POST form with something to fill in, one per
/// kind of page (/admin/users/{id} once, not once per user), so forms added later are found by themselves.</summary>
internal static partial class FormCrawler
{
    /// <summary>Pages visited per kind of link: a long list of records (meetings, their agenda items) must not use up
    /// the page budget before other parts of the back office are reached.</summary>
    private const int PagesPerKind = 2;

    public static async Task<IReadOnlyList<FoundForm>> CollectAsync(PortalClient client, string start, string prefix, Func<string, bool> skip, int maxPages = 80)
    {
        var queue = new Queue<string>([start]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var perKind = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var forms = new List<FoundForm>();
        while (queue.Count > 0 && seen.Count <= maxPages)
        {
            var url = queue.Dequeue();
            var (response, document) = await client.GetPageAsync(url);
            if (!response.IsSuccessStatusCode)
            {
                continue;
            }

            foreach (var form in document.QuerySelectorAll<IHtmlFormElement>("main form[method=post]"))
            {
                var found = Read(url, form);
                if (found.EditableFields.Count > 0 && kinds.Add(Kind(found.Action)) && !skip(found.Action))
                {
                    forms.Add(found);
                }
            }

            foreach (var href in Links(document, prefix).Where(h => !skip(h) && !seen.Contains(h)))
            {
                var kind = Kind(href.Split('?')[0]);
                if (perKind.GetValueOrDefault(kind) >= PagesPerKind)
                {
                    continue;
                }

                perKind[kind] = perKind.GetValueOrDefault(kind) + 1;
                seen.Add(href);
                queue.Enqueue(href);
            }
        }

        return forms;
    }

    private static FoundForm Read(string page, IHtmlFormElement form)
    {
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page : new Uri(form.Action).PathAndQuery;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && (input.Type is not ("checkbox" or "radio") || input.IsChecked):
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name!, string.Empty)); // unchecked: known name, sent only when fuzzed
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? string.Empty));
                    break;
            }
        }

        return new FoundForm(page, action, fields);
    }

    private static IEnumerable<string> Links(IDocument document, string prefix) =>
        document.QuerySelectorAll("a[href]")
            .Select(a => a.GetAttribute("href")!.Split('#')[0])
            .Where(h => h.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>"/admin/users/3f2…?handler=Save" → "/admin/users/{id}?handler=Save".</summary>
    private static string Kind(string action) => IdSegment().Replace(action, "/{id}");

    [GeneratedRegex(@"/(?=[^/?]*\d)[0-9a-fA-F-]{8,}")]
    private static partial Regex IdSegment();
}
