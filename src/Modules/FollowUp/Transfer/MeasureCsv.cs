using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Classification;
using Trygghet.Portal.Core.OpenData;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.FollowUp.Transfer;

/// <summary>Export and import of one plan's measures as CSV, like Decidim's accountability import: rows with an id
/// update that measure (it must be in this plan), rows without create one. The whole file or nothing: every problem
/// is reported with its line and column, and nothing is saved while there is one.</summary>
internal sealed class MeasureCsv(FollowUpDbContext db)
{
    public const int MaxRows = 10_000;

    public static readonly string[] Required = ["slug", "title", "status"];

    internal sealed record Export(Guid Id, string Slug, string Title, string? Description, string? Problem, string? ProblemSection, string Status, int Progress, string? Responsible,
        string? Contributors, DateOnly? Start, DateOnly? End, string? Parent, decimal? Weight, string? BudgetReference, string Classification, string Goals, string Areas);

    public static readonly IReadOnlyList<OpenDataColumn<Export>> Columns =
    [
        new("id", "Åtgärdens id; tomt skapar en ny åtgärd", r => r.Id),
        new("slug", "Adressnamn (a–z, 0–9, bindestreck)", r => r.Slug),
        new("title", "Namn", r => r.Title),
        new("description", "Beskrivning", r => r.Description),
        new("problem", "Problemet i lägesbilden", r => r.Problem),
        new("problemSection", "Lägesbildens avsnitt: lägesbild/avsnitt, t.ex. lagesbild-2025/narkotika", r => r.ProblemSection),
        new("status", "Statusens nyckel (t.ex. pagar)", r => r.Status),
        new("progress", "Rapporterat framsteg 0–100", r => r.Progress),
        new("responsible", "Ansvarigt organs adressnamn", r => r.Responsible),
        new("contributors", "Medverkande", r => r.Contributors),
        new("start", "Startdatum ÅÅÅÅ-MM-DD", r => r.Start),
        new("end", "Slutdatum ÅÅÅÅ-MM-DD", r => r.End),
        new("parent", "Överordnad åtgärds adressnamn (samma plan)", r => r.Parent),
        new("weight", "Vikt i den överordnades framsteg", r => r.Weight),
        new("budgetReference", "Budgetreferens", r => r.BudgetReference),
        new("classification", "Offentlig eller Intern", r => r.Classification),
        new("goals", "Målens adressnamn, åtskilda med semikolon", r => r.Goals),
        new("areas", "Områdenas adressnamn, åtskilda med semikolon", r => r.Areas),
    ];

    public async Task<string> ExportAsync(Guid planId, CancellationToken cancellationToken)
    {
        var statuses = await db.Statuses.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Key, cancellationToken);
        var bodies = await db.ResponsibleBodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Slug, cancellationToken);
        var goals = await db.Goals.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Slug, cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Slug, cancellationToken);
        var sections = (await SectionKeysAsync(cancellationToken)).ToDictionary(kv => kv.Value, kv => kv.Key);
        var measures = await db.Measures.AsNoTracking().Include(m => m.Goals).Include(m => m.Areas).AsSplitQuery().Where(m => m.PlanId == planId).OrderBy(m => m.Slug).ToListAsync(cancellationToken);
        var slugs = measures.ToDictionary(m => m.Id, m => m.Slug);
        var rows = measures.Select(m => new Export(m.Id, m.Slug, m.Title, m.Description, m.Problem,
            m.ProblemSectionId is { } ps ? sections[ps] : null, statuses[m.StatusId], m.Progress,
            m.ResponsibleBodyId is { } b ? bodies[b] : null, m.Contributors, m.Start, m.End, m.ParentId is { } p ? slugs.GetValueOrDefault(p) : null,
            m.Weight, m.BudgetReference, m.Classification.ToString(),
            string.Join(';', m.Goals.Select(g => goals[g.GoalId]).Order(StringComparer.Ordinal)),
            string.Join(';', m.Areas.Select(a => areas[a.AreaId]).Order(StringComparer.Ordinal))));
        return OpenDataCsv.Write(rows, Columns);
    }

    /// <returns>The problems (each naming line and column); when there are none, the measures are saved.</returns>
    public async Task<(IReadOnlyList<string> Problems, int Created, int Updated)> ImportAsync(Guid planId, string text, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var (records, parseProblem) = CsvReader.Read(text);
        if (parseProblem is not null)
        {
            return ([parseProblem], 0, 0);
        }

        if (records.Count == 0)
        {
            return (["Filen är tom."], 0, 0);
        }

        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        var known = Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var unknown in header.Where(h => !known.Contains(h)))
        {
            problems.Add($"Rad 1: kolumnen \"{unknown}\" är okänd.");
        }

        foreach (var missing in Required.Where(r => !header.Contains(r)))
        {
            problems.Add($"Rad 1: kolumnen \"{missing}\" saknas.");
        }

        foreach (var twice in header.GroupBy(h => h).Where(g => g.Count() > 1))
        {
            problems.Add($"Rad 1: kolumnen \"{twice.Key}\" förekommer två gånger.");
        }

        if (records.Count - 1 > MaxRows)
        {
            problems.Add($"Filen har fler än {MaxRows} rader; dela upp den.");
        }

        if (problems.Count > 0)
        {
            return (problems, 0, 0);
        }

        var col = header.Select((name, index) => (name, index)).ToDictionary(x => x.name, x => x.index, StringComparer.Ordinal);
        var statuses = await db.Statuses.ToDictionaryAsync(s => s.Key, s => s.Id, StringComparer.Ordinal, cancellationToken);
        var bodies = await db.ResponsibleBodies.ToDictionaryAsync(b => b.Slug, b => b.Id, StringComparer.Ordinal, cancellationToken);
        var goals = await db.Goals.ToDictionaryAsync(g => g.Slug, g => g.Id, StringComparer.Ordinal, cancellationToken);
        var areas = await db.Areas.ToDictionaryAsync(a => a.Slug, a => a.Id, StringComparer.Ordinal, cancellationToken);
        var sectionKeys = await SectionKeysAsync(cancellationToken);
        var plan = await db.Measures.Include(m => m.Goals).Include(m => m.Areas).AsSplitQuery().Where(m => m.PlanId == planId).ToListAsync(cancellationToken);
        var byId = plan.ToDictionary(m => m.Id);
        var bySlug = plan.ToDictionary(m => m.Slug, StringComparer.Ordinal);
        var rows = new List<(int Line, Measure Measure, string? Parent)>();
        var seenSlugs = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenIds = new HashSet<Guid>();
        var created = 0;

        foreach (var record in records.Skip(1))
        {
            string Get(string name) => col.TryGetValue(name, out var i) && i < record.Fields.Count ? Undefuse(record.Fields[i].Trim()) : string.Empty;
            void Problem(string column, string problem) => problems.Add($"Rad {record.Line}, kolumn {column}: {problem}.");

            if (record.Fields.Count != header.Count)
            {
                problems.Add($"Rad {record.Line}: har {record.Fields.Count} fält men rubrikraden har {header.Count}.");
                continue;
            }

            Measure measure;
            var id = Get("id");
            if (id.Length == 0)
            {
                measure = new Measure { PlanId = planId };
                created++;
            }
            else if (!Guid.TryParse(id, out var guid))
            {
                Problem("id", $"\"{id}\" är inget id");
                continue;
            }
            else if (!byId.TryGetValue(guid, out measure!))
            {
                Problem("id", await db.Measures.AnyAsync(m => m.Id == guid, cancellationToken) ? "åtgärden hör till en annan åtgärdsplan" : "det finns ingen åtgärd med detta id");
                continue;
            }
            else if (!seenIds.Add(guid))
            {
                Problem("id", "samma åtgärd förekommer två gånger");
                continue;
            }

            var slug = Get("slug");
            if (!Slug.IsValid(slug))
            {
                Problem("slug", "får bara innehålla a–z, 0–9 och bindestreck (högst 80 tecken)");
            }
            else if (seenSlugs.TryGetValue(slug, out var earlier))
            {
                Problem("slug", $"\"{slug}\" används redan på rad {earlier}");
            }
            else if ((bySlug.TryGetValue(slug, out var holder) && holder.Id != measure.Id)
                     || (!bySlug.ContainsKey(slug) && await db.Measures.AnyAsync(m => m.Slug == slug && m.Id != measure.Id, cancellationToken)))
            {
                Problem("slug", $"\"{slug}\" används redan av en annan åtgärd");
            }
            else
            {
                seenSlugs[slug] = record.Line;
            }

            measure.Slug = slug;
            measure.Title = Get("title");
            if (col.ContainsKey("description")) { measure.Description = Blank(Get("description")); }
            if (col.ContainsKey("problem")) { measure.Problem = Blank(Get("problem")); }
            if (col.ContainsKey("problemSection"))
            {
                var section = Get("problemSection");
                if (section.Length == 0)
                {
                    measure.ProblemSectionId = null;
                }
                else if (sectionKeys.TryGetValue(section, out var sectionId))
                {
                    measure.ProblemSectionId = sectionId;
                }
                else
                {
                    Problem("problemSection", $"\"{section}\" är inget avsnitt (skriv lägesbild/avsnitt med deras adressnamn)");
                }
            }

            if (col.ContainsKey("contributors")) { measure.Contributors = Blank(Get("contributors")); }
            if (col.ContainsKey("budgetReference")) { measure.BudgetReference = Blank(Get("budgetReference")); }
            Length("description", measure.Description, 8000);
            Length("problem", measure.Problem, 2000);
            Length("contributors", measure.Contributors, 1000);
            Length("budgetReference", measure.BudgetReference, 200);

            if (statuses.TryGetValue(Get("status"), out var statusId))
            {
                measure.StatusId = statusId;
            }
            else
            {
                Problem("status", $"\"{Get("status")}\" är ingen status (giltiga: {string.Join(", ", statuses.Keys.Order(StringComparer.Ordinal))})");
            }

            if (col.ContainsKey("progress"))
            {
                var progress = Get("progress");
                if (progress.Length == 0)
                {
                    measure.Progress = 0;
                }
                else if (int.TryParse(progress, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    measure.Progress = value;
                }
                else
                {
                    Problem("progress", $"\"{progress}\" är inget heltal");
                }
            }

            if (col.ContainsKey("responsible"))
            {
                var responsible = Get("responsible");
                if (responsible.Length == 0)
                {
                    measure.ResponsibleBodyId = null;
                }
                else if (bodies.TryGetValue(responsible, out var bodyId))
                {
                    measure.ResponsibleBodyId = bodyId;
                }
                else
                {
                    Problem("responsible", $"\"{responsible}\" är inget ansvarigt organ");
                }
            }

            if (col.ContainsKey("start")) { measure.Start = Date("start"); }
            if (col.ContainsKey("end")) { measure.End = Date("end"); }
            if (col.ContainsKey("weight"))
            {
                var weight = Get("weight");
                if (weight.Length == 0)
                {
                    measure.Weight = null;
                }
                else if (decimal.TryParse(weight, NumberStyles.Number, CultureInfo.InvariantCulture, out var w))
                {
                    measure.Weight = w;
                }
                else
                {
                    Problem("weight", $"\"{weight}\" är inget tal (decimalpunkt)");
                }
            }

            if (col.ContainsKey("classification"))
            {
                var classification = Get("classification");
                if (classification.Length == 0 || !Enum.TryParse<Classification>(classification, ignoreCase: false, out var c) || !Enum.IsDefined(c))
                {
                    Problem("classification", $"\"{classification}\" ska vara Offentlig eller Intern");
                }
                else
                {
                    measure.Classification = c;
                }
            }
            else if (measure.PlanId == planId && !byId.ContainsKey(measure.Id))
            {
                // New measures are internal unless the file says otherwise.
                measure.Classification = Classification.Intern;
            }

            if (col.ContainsKey("goals")) { MeasureLinks.SetGoals(measure, Links("goals", goals)); }
            if (col.ContainsKey("areas")) { MeasureLinks.SetAreas(measure, Links("areas", areas)); }

            foreach (var (field, problem) in MeasureRules.Check(measure).Where(p => p.Field != "parent"))
            {
                Problem(field, problem);
            }

            rows.Add((record.Line, measure, col.ContainsKey("parent") ? Blank(Get("parent")) : bySlug.Values.FirstOrDefault(m => m.Id == measure.ParentId)?.Slug));

            DateOnly? Date(string name)
            {
                var value = Get(name);
                if (value.Length == 0)
                {
                    return null;
                }

                if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                Problem(name, $"\"{value}\" är inget datum (ÅÅÅÅ-MM-DD)");
                return null;
            }

            List<Guid> Links(string name, Dictionary<string, Guid> known)
            {
                var ids = new List<Guid>();
                foreach (var part in Get(name).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (known.TryGetValue(part, out var linked))
                    {
                        ids.Add(linked);
                    }
                    else
                    {
                        Problem(name, $"\"{part}\" finns inte");
                    }
                }

                return ids;
            }

            void Length(string name, string? value, int max)
            {
                if (value is { Length: var length } && length > max)
                {
                    Problem(name, $"får ha högst {max} tecken");
                }
            }
        }

        // Parents last: a row may point at a measure created further down the file, never at another plan.
        var afterImport = plan.Where(m => rows.All(r => r.Measure.Id != m.Id)).Concat(rows.Select(r => r.Measure)).ToList();
        var slugsAfter = afterImport.GroupBy(m => m.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (line, measure, parent) in rows)
        {
            measure.ParentId = null;
            if (parent is null)
            {
                continue;
            }

            if (slugsAfter.TryGetValue(parent, out var found))
            {
                measure.ParentId = found.Id;
                if (found.Id == measure.Id)
                {
                    problems.Add($"Rad {line}, kolumn parent: kan inte vara åtgärden själv.");
                }
            }
            else
            {
                problems.Add(await db.Measures.AnyAsync(m => m.Slug == parent, cancellationToken)
                    ? $"Rad {line}, kolumn parent: \"{parent}\" hör till en annan åtgärdsplan."
                    : $"Rad {line}, kolumn parent: \"{parent}\" är ingen åtgärd.");
            }
        }

        if (problems.Count == 0)
        {
            try
            {
                ProgressRollup.Apply(afterImport);
            }
            catch (InvalidOperationException)
            {
                problems.Add("Kolumnen parent: de överordnade åtgärderna bildar en cirkel.");
            }
        }

        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return (problems, 0, 0);
        }

        foreach (var (_, measure, _) in rows.Where(r => !byId.ContainsKey(r.Measure.Id)))
        {
            db.Measures.Add(measure);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ([], created, rows.Count - created);
    }

    /// <summary>The export defuses text a spreadsheet would run as a formula with a leading apostrophe; take it off again.</summary>
    private static string Undefuse(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' ? value[1..] : value;

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    /// <summary>Every lägesbild section by "lägesbild/avsnitt": section slugs are unique only within their lägesbild.</summary>
    private async Task<Dictionary<string, Guid>> SectionKeysAsync(CancellationToken cancellationToken) =>
        await (from s in db.SituationSections.AsNoTracking()
               join r in db.SituationReports.AsNoTracking() on s.ReportId equals r.Id
               select new { Key = r.Slug + "/" + s.Slug, s.Id }).ToDictionaryAsync(x => x.Key, x => x.Id, StringComparer.Ordinal, cancellationToken);
}
