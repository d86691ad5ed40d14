using System.Linq.Expressions;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Geography;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

// The three registers a municipality keeps up to date between recipe runs: what differs between them is only which
// entity, its key and its order.

[RequirePermission(Permissions.Names.ManagePlan)]
internal sealed class AreasModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<AreasModel> t) : RegisterListPage<CityArea, AreaForm>(db, cache, t)
{
    protected override string ListPath => "/admin/areas";

    protected override IOrderedQueryable<CityArea> Ordered(IQueryable<CityArea> entries) => entries.OrderBy(a => a.SortOrder).ThenBy(a => a.Name);

    protected override Expression<Func<CityArea, bool>> HasKey(string key) => a => a.Slug == key;

    protected override CityArea Create(string key) => new() { Slug = key };

    protected override string CreatedMessage(CityArea entity) => t["Området {0} är skapat.", entity.Name];
}

[RequirePermission(Permissions.Names.ManagePlan)]
internal sealed class AreaEditModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<AreaEditModel> t) : RegisterEditPage<CityArea, AreaForm>(db, cache, t)
{
    protected override string ListPath => "/admin/areas";

    protected override AreaForm FormOf(CityArea entity) => AreaForm.Of(entity);

    protected override string KeyOf(CityArea entity) => entity.Slug;
}

[RequirePermission(Permissions.Names.ManagePlan)]
internal sealed class BodiesModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<BodiesModel> t) : RegisterListPage<ResponsibleBody, BodyForm>(db, cache, t)
{
    protected override string ListPath => "/admin/bodies";

    protected override IOrderedQueryable<ResponsibleBody> Ordered(IQueryable<ResponsibleBody> entries) => entries.OrderBy(b => b.SortOrder).ThenBy(b => b.Name);

    protected override Expression<Func<ResponsibleBody, bool>> HasKey(string key) => b => b.Slug == key;

    protected override ResponsibleBody Create(string key) => new() { Slug = key };

    protected override string CreatedMessage(ResponsibleBody entity) => t["Det ansvariga organet {0} är skapat.", entity.Name];
}

[RequirePermission(Permissions.Names.ManagePlan)]
internal sealed class BodyEditModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<BodyEditModel> t) : RegisterEditPage<ResponsibleBody, BodyForm>(db, cache, t)
{
    protected override string ListPath => "/admin/bodies";

    protected override BodyForm FormOf(ResponsibleBody entity) => BodyForm.Of(entity);

    protected override string KeyOf(ResponsibleBody entity) => entity.Slug;
}

[RequirePermission(Permissions.Names.ManagePlan)]
internal sealed class StatusesModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<StatusesModel> t) : RegisterListPage<MeasureStatus, StatusForm>(db, cache, t)
{
    protected override string ListPath => "/admin/statuses";

    protected override IOrderedQueryable<MeasureStatus> Ordered(IQueryable<MeasureStatus> entries) => entries.OrderBy(s => s.SortOrder).ThenBy(s => s.Name);

    protected override Expression<Func<MeasureStatus, bool>> HasKey(string key) => s => s.Key == key;

    protected override MeasureStatus Create(string key) => new() { Key = key };

    protected override string CreatedMessage(MeasureStatus entity) => t["Statusen {0} är skapad.", entity.Name];
}

[RequirePermission(Permissions.Names.ManagePlan)]
internal sealed class StatusEditModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<StatusEditModel> t) : RegisterEditPage<MeasureStatus, StatusForm>(db, cache, t)
{
    protected override string ListPath => "/admin/statuses";

    protected override StatusForm FormOf(MeasureStatus entity) => StatusForm.Of(entity);

    protected override string KeyOf(MeasureStatus entity) => entity.Key;
}
