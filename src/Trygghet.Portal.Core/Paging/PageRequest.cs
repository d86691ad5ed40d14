using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Trygghet.Portal.Core.Paging;

/// <summary>One page asked for by <c>?sida=</c> (from 1) and <c>?antal=</c> (rows, 1 to the list's maximum). The two
/// keys mean paging everywhere in the portal: <see cref="PagingValidation"/> answers 400 with a ProblemDetails that
/// names the parameter for any other value, before a page or list runs (docs/adr/0023). A page past the last is an
/// empty page (200, no <c>rel="next"</c>), never the first page again.</summary>
public readonly record struct PageRequest(int Number, int Size)
{
    public const string NumberParameter = PagerModel.Parameter;
    public const string SizeParameter = "antal";

    /// <summary>The largest <c>antal</c> of an endpoint that declares none (<see cref="PagedListMetadata"/>).</summary>
    public const int DefaultMaxSize = 1000;

    public static readonly string[] QueryKeys = [NumberParameter, SizeParameter];

    /// <summary>Rows before this page, in long arithmetic: no page number overflows.</summary>
    public long Skip => ((long)Number - 1) * Size;

    public bool HasNext(long total) => Skip + Size < total;

    /// <summary>The page of a request that <see cref="Validate"/> accepted; absent values are page 1 and <paramref name="defaultSize"/>.</summary>
    public static PageRequest Read(IQueryCollection query, int defaultSize)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(Parse(query[NumberParameter]) ?? 1, Parse(query[SizeParameter]) ?? defaultSize);
    }

    /// <summary>Null when both keys are absent, empty or whole numbers in range; else the problem, naming the parameter.</summary>
    public static HttpValidationProblemDetails? Validate(IQueryCollection query, int maxSize)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Check(query, NumberParameter, int.MaxValue, errors);
        Check(query, SizeParameter, maxSize, errors);
        return errors.Count == 0 ? null : new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Ogiltigt värde för " + string.Join(" och ", errors.Keys),
            Detail = string.Join(" ", errors.Values.SelectMany(e => e)),
        };
    }

    private static void Check(IQueryCollection query, string key, int max, Dictionary<string, string[]> errors)
    {
        if (!query.TryGetValue(key, out var values) || values.All(string.IsNullOrEmpty))
        {
            return;
        }

        var message = $"{key} ska vara ett heltal från 1 till {max.ToString(CultureInfo.InvariantCulture)}.";
        if (values.Count > 1)
        {
            errors[key] = [$"{key} får bara anges en gång. " + message];
        }
        else if (Parse(values) is not { } number || number < 1 || number > max)
        {
            errors[key] = [message];
        }
    }

    /// <summary>ASCII digits only (no sign, no spaces, no other scripts' digits), within int.</summary>
    private static int? Parse(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count == 1 && !string.IsNullOrEmpty(values[0]) && values[0]!.All(char.IsAsciiDigit)
        && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The headers of a paged list: <c>X-Total-Count</c>, and <c>Link: …; rel="next"</c> while there is a next
    /// page, formatted culture-invariant (a Swedish current culture writes U+2212 for a minus sign).</summary>
    public void WriteHeaders(HttpResponse response, PathString path, long total)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        if (HasNext(total))
        {
            var next = ((long)Number + 1).ToString(CultureInfo.InvariantCulture);
            response.Headers.Link = $"<{path}?{NumberParameter}={next}&{SizeParameter}={Size.ToString(CultureInfo.InvariantCulture)}>; rel=\"next\"";
        }
    }
}

/// <summary>Marks a paged list endpoint and the largest <c>antal</c> it serves.</summary>
public sealed record PagedListMetadata(int MaxPageSize);
