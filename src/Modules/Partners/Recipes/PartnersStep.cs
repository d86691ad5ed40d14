using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Contracts;
using Trygghet.Modules.Identity.Contracts;
using Trygghet.Modules.Partners.Data;
using Trygghet.Modules.Partners.Organisations;
using Trygghet.Modules.Partners.Spaces;
using Trygghet.Portal.Core.Recipes;

namespace Trygghet.Modules.Partners.Recipes;

/// <summary>{ "name": "Partners", "organisations": [ … ], "spaces": [ { "slug", "name", "forum", "members",
/// "documents", "threads" } ] }: organisations (by name) and spaces (by slug) are created or updated; members,
/// documents and threads are added.</summary>
internal sealed class PartnersStep(PartnersDbContext db, IForumDirectory forums, IPartnerAccounts accounts, DocumentStore store, TimeProvider clock)
    : RecipeStep<PartnersStep.Input>
{
    public override string Name => "Partners";

    public override string ModuleName => PartnersModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < data.Organisations.Count; i++)
        {
            var input = data.Organisations[i];
            var name = input.Name.Trim();
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Name == name, cancellationToken)
                ?? db.Organisations.Local.SingleOrDefault(o => o.Name == name);
            if (organisation is null)
            {
                organisation = new Organisation { Name = name };
                db.Organisations.Add(organisation);
            }

            organisation.Kind = input.Kind;
            organisation.ContactName = Blank(input.ContactName);
            organisation.ContactEmail = Blank(input.ContactEmail);
            organisation.ResponsibleBodySlug = Blank(input.ResponsibleBody);
            foreach (var (field, problem) in OrganisationRules.Check(organisation))
            {
                throw context.Fail($"'organisations[{i}].{field}' {problem}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var forumSlugs = (await forums.ListAsync(cancellationToken)).Select(f => f.Slug).ToHashSet(StringComparer.Ordinal);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name, o => o.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        for (var i = 0; i < data.Spaces.Count; i++)
        {
            var input = data.Spaces[i];
            var at = $"spaces[{i}]";
            context.Require(System.Text.RegularExpressions.Regex.IsMatch(input.Slug, "^[a-z0-9]+(-[a-z0-9]+)*$") && !SpaceRules.ReservedSlugs.Contains(input.Slug),
                at + ".slug", "måste vara en slug (små bokstäver a–z, siffror, bindestreck) och inte \"inbjudan\"");
            context.Require(forumSlugs.Contains(input.Forum), at + ".forum", $"\"{input.Forum}\" är inget forum (ange forumets slug)");
            context.Require(SpaceRules.CheckTitle(input.Name) is null, at + ".name", SpaceRules.CheckTitle(input.Name) ?? string.Empty);
            var space = await db.Spaces.SingleOrDefaultAsync(s => s.Slug == input.Slug, cancellationToken);
            if (space is null)
            {
                space = new Space { Slug = input.Slug };
                db.Spaces.Add(space);
            }

            space.Name = input.Name.Trim();
            space.ForumSlug = input.Forum;
            space.Description = Blank(input.Description);
            await db.SaveChangesAsync(cancellationToken);
            await AddMembersAsync(context, at, space, input.Members, organisations, now, cancellationToken);
            await AddDocumentsAsync(context, at, space, input.Documents, now, cancellationToken);
            AddThreads(context, at, space, input.Threads, now);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task AddMembersAsync(RecipeStepContext context, string at, Space space, List<MemberInput> members, Dictionary<string, Guid> organisations, DateTime now, CancellationToken cancellationToken)
    {
        for (var m = 0; m < members.Count; m++)
        {
            var input = members[m];
            var account = await accounts.FindByEmailAsync(input.Account, cancellationToken);
            context.Require(account is not null, $"{at}.members[{m}].account", $"\"{input.Account}\" har inget konto (skapa det i steget Users först)");
            Guid? organisationId = null;
            if (input.Organisation is { } organisation)
            {
                context.Require(organisations.TryGetValue(organisation, out var id), $"{at}.members[{m}].organisation", $"\"{organisation}\" finns inte bland organisationerna");
                organisationId = id;
            }

            if (await db.Members.AnyAsync(x => x.SpaceId == space.Id && x.UserId == account!.Id && x.EndedUtc == null, cancellationToken))
            {
                continue;
            }

            db.Members.Add(new SpaceMember
            {
                SpaceId = space.Id,
                UserId = account!.Id,
                DisplayName = account.DisplayName,
                OrganisationId = organisationId,
                Role = input.Role,
                AddedUtc = now,
            });
        }
    }

    private async Task AddDocumentsAsync(RecipeStepContext context, string at, Space space, List<DocumentInput> documents, DateTime now, CancellationToken cancellationToken)
    {
        for (var d = 0; d < documents.Count; d++)
        {
            var input = documents[d];
            byte[] content;
            try
            {
                content = Convert.FromBase64String(input.ContentBase64);
            }
            catch (FormatException)
            {
                throw context.Fail($"'{at}.documents[{d}].contentBase64' är inte giltig base64");
            }

            var name = DocumentRules.CleanName(input.FileName);
            var (contentType, problem) = DocumentRules.Check(input.FileName, content.Length, content, store.MaxBytes);
            context.Require(problem is null, $"{at}.documents[{d}].fileName", $"filen {name} {problem}");
            context.Require(SpaceRules.CheckTitle(input.Title) is null, $"{at}.documents[{d}].title", SpaceRules.CheckTitle(input.Title) ?? string.Empty);
            var document = new SpaceDocument
            {
                SpaceId = space.Id,
                Title = input.Title.Trim(),
                FileName = name,
                ContentType = contentType!,
                Size = content.Length,
                UploadedBy = input.UploadedBy,
                UploadedUtc = now,
            };
            using var stream = new MemoryStream(content);
            document.Sha256 = await store.SaveAsync(document.Id, stream, cancellationToken);
            db.Documents.Add(document);
        }
    }

    private void AddThreads(RecipeStepContext context, string at, Space space, List<ThreadInput> threads, DateTime now)
    {
        for (var t = 0; t < threads.Count; t++)
        {
            var input = threads[t];
            context.Require(SpaceRules.CheckTitle(input.Title) is null, $"{at}.threads[{t}].title", SpaceRules.CheckTitle(input.Title) ?? string.Empty);
            context.Require(input.Posts.Count > 0, $"{at}.threads[{t}].posts", "måste ha minst ett inlägg");
            var thread = new DiscussionThread { SpaceId = space.Id, Title = input.Title.Trim(), StartedBy = input.Posts[0].Author, StartedUtc = now, LastPostUtc = now };
            db.Threads.Add(thread);
            for (var p = 0; p < input.Posts.Count; p++)
            {
                var post = input.Posts[p];
                context.Require(SpaceRules.CheckBody(post.Body) is null, $"{at}.threads[{t}].posts[{p}].body", SpaceRules.CheckBody(post.Body) ?? string.Empty);
                // One second apart, so the order of a recipe's posts is the order they are shown in.
                db.Posts.Add(new DiscussionPost { ThreadId = thread.Id, Body = post.Body, AuthorName = post.Author, PostedUtc = now.AddSeconds(p) });
            }
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal sealed class Input
    {
        public List<OrganisationInput> Organisations { get; init; } = [];

        public List<SpaceInput> Spaces { get; init; } = [];
    }

    internal sealed class OrganisationInput
    {
        public required string Name { get; init; }

        public required OrganisationKind Kind { get; init; }

        public string? ContactName { get; init; }

        public string? ContactEmail { get; init; }

        /// <summary>The slug of the FollowUp responsible body this organisation is.</summary>
        public string? ResponsibleBody { get; init; }
    }

    internal sealed class SpaceInput
    {
        public required string Slug { get; init; }

        public required string Name { get; init; }

        /// <summary>The forum's slug (Governance).</summary>
        public required string Forum { get; init; }

        public string? Description { get; init; }

        public List<MemberInput> Members { get; init; } = [];

        public List<DocumentInput> Documents { get; init; } = [];

        public List<ThreadInput> Threads { get; init; } = [];
    }

    internal sealed class MemberInput
    {
        /// <summary>E-mail of the account (the Users step creates it).</summary>
        public required string Account { get; init; }

        /// <summary>The organisation's name; none for municipal staff.</summary>
        public string? Organisation { get; init; }

        public required SpaceRole Role { get; init; }
    }

    internal sealed class DocumentInput
    {
        public required string Title { get; init; }

        public required string FileName { get; init; }

        public required string ContentBase64 { get; init; }

        public required string UploadedBy { get; init; }
    }

    internal sealed class ThreadInput
    {
        public required string Title { get; init; }

        public required List<PostInput> Posts { get; init; }
    }

    internal sealed class PostInput
    {
        public required string Author { get; init; }

        public required string Body { get; init; }
    }
}
