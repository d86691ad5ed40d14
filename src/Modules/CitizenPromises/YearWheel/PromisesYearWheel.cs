using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.YearWheel;

namespace Trygghet.Modules.CitizenPromises.YearWheel;

/// <summary>The medborgarlöften's rows of the årshjul: each medborgarlöfte's period and the follow-ups made within the
/// year. Citizens see only what is published (<see cref="PublicPromises"/>, the rule of every public page of the
/// module); staff also see drafts, marked as such.</summary>
internal sealed class PromisesYearWheel(CitizenPromisesDbContext db, IPermissionChecker permissions, IStringLocalizer<PromisesYearWheel> t) : IYearWheelSource
{
    public string ModuleName => CitizenPromisesModule.ModuleName;

    public async Task<IReadOnlyList<YearWheelEntry>> GetEntriesAsync(int year, ClaimsPrincipal? staff, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var manages = staff is not null && (await permissions.HasAsync(staff, Permissions.Manage.Name) || await permissions.HasAsync(staff, Permissions.Publish.Name));
        var sets = await (staff is null ? db.PublishedSets() : db.Sets.AsNoTracking())
            .Where(s => s.PeriodFrom <= last && s.PeriodTo >= first).OrderBy(s => s.PeriodFrom).ThenBy(s => s.Title).ToListAsync(cancellationToken);
        var entries = sets.Select(s => new YearWheelEntry(t["Medborgarlöfte"], YearWheelTracks.Promises, s.Title, s.PeriodFrom, s.PeriodTo,
            manages ? $"/admin/medborgarloften/{s.Id}" : s.PublishedUtc is null ? null : $"/medborgarloften/{s.Slug}",
            s.PublishedUtc is null ? t["{0}. Utkast, inte publicerat.", s.Area] : t["{0}.", s.Area])).ToList();

        var slugs = sets.ToDictionary(s => s.Id, s => s.Slug);
        var setIds = slugs.Keys.ToList();
        var promises = await (staff is null ? db.PublishedPromises() : db.Promises.AsNoTracking())
            .Where(p => setIds.Contains(p.SetId)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var promiseIds = promises.Keys.ToList();
        var followUps = await (staff is null ? db.PublishedFollowUps() : db.FollowUps.AsNoTracking())
            .Where(f => promiseIds.Contains(f.PromiseId) && f.Date >= first && f.Date <= last)
            .OrderBy(f => f.Date).ThenBy(f => f.Title).ToListAsync(cancellationToken);
        entries.AddRange(followUps.Select(f =>
        {
            var promise = promises[f.PromiseId];
            var url = manages ? $"/admin/medborgarloften/{promise.SetId}"
                : f.PublishedUtc is null ? null : $"/medborgarloften/{slugs[promise.SetId]}#{Anchors.Of(f)}";
            var detail = f.PublishedUtc is null ? t["Utkast, inte publicerad. Löfte: {0}", promise.Text] : t["Löfte: {0}", promise.Text];
            return new YearWheelEntry(t["Uppföljning av medborgarlöften"], YearWheelTracks.PromiseFollowUps, f.Title, f.Date, f.Date, url, detail);
        }));
        return entries;
    }
}
