using Microsoft.AspNetCore.Authorization;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.Media.Contracts;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Modules.Content.Areas.Content.Pages.Public;

[AllowAnonymous]
[PublicCache(PublicContent.CacheTag, PublicCacheTags.Measures)]
internal sealed class NewsItemModel(ContentDbContext db, MarkdownRenderer markdown, IEnumerable<IMeasureDirectory> measures, IEnumerable<IMediaImages> images, ISiteInfo site)
    : ArticlePageModel(db, markdown, measures, images, site)
{
    protected override ContentKind Kind => ContentKind.Nyhet;
}
