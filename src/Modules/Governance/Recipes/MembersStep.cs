using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Memberships;
using Trygghet.Modules.Identity.Contracts;
using Trygghet.Portal.Core.Recipes;

namespace Trygghet.Modules.Governance.Recipes;

/// <summary>{ "name": "Members", "members": [ { "forum": "trygghetsradet", "name": "…", "kind": "Ledamot", … } ] }:
/// creates or updates memberships, identified by forum, person and start date.</summary>
internal sealed class MembersStep(GovernanceDbContext db, IStaffDirectory staff) : RecipeStep<MembersStep.Input>
{
    public override string Name => "Members";

    public override string ModuleName => GovernanceModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        // Forums of earlier steps are saved already; the recipe's transaction spans all steps.
        var forums = await db.Forums.ToDictionaryAsync(f => f.Slug, f => f.Id, StringComparer.Ordinal, cancellationToken);
        for (var i = 0; i < data.Members.Count; i++)
        {
            var input = data.Members[i];
            var at = $"members[{i}]";
            context.Require(forums.TryGetValue(input.Forum, out var forumId), at + ".forum", $"\"{input.Forum}\" är inget forum (ange forumets slug)");
            var name = input.Name.Trim();
            var membership = await db.Memberships.SingleOrDefaultAsync(m => m.ForumId == forumId && m.PersonName == name && m.From == input.From, cancellationToken)
                ?? db.Memberships.Local.SingleOrDefault(m => m.ForumId == forumId && m.PersonName == name && m.From == input.From);
            if (membership is null)
            {
                membership = new Membership { ForumId = forumId, PersonName = name, From = input.From };
                db.Memberships.Add(membership);
            }

            membership.Kind = input.Kind;
            membership.Functions = input.Functions.Aggregate(MembershipFunctions.None, (all, f) => all | f);
            membership.Organisation = Blank(input.Organisation);
            membership.Party = Blank(input.Party);
            membership.To = input.To;
            (membership.UserId, var accountProblem) = await MemberAccounts.ResolveAsync(staff, input.Account, cancellationToken);
            context.Require(accountProblem is null, at + ".account", accountProblem + " (skapa kontot i steget Users först)");
            foreach (var (field, problem) in MembershipRules.Check(membership))
            {
                throw context.Fail($"'{at}.{field}' {problem}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal sealed class Input
    {
        public required List<MemberInput> Members { get; init; }
    }

    internal sealed class MemberInput
    {
        /// <summary>The forum's slug.</summary>
        public required string Forum { get; init; }

        public required string Name { get; init; }

        public required SeatKind Kind { get; init; }

        public List<MembershipFunctions> Functions { get; init; } = [];

        public string? Organisation { get; init; }

        public string? Party { get; init; }

        public required DateOnly From { get; init; }

        public DateOnly? To { get; init; }

        /// <summary>E-mail of the staff account that signs in as this member (the Users step creates it).</summary>
        public string? Account { get; init; }
    }
}
