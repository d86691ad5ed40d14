using Trygghet.Portal.Core.Modules;
using Trygghet.Portal.Core.Recipes;

namespace Trygghet.Portal.Web.Setup;

/// <summary>{ "name": "Modules", "disable": ["FollowUp"] }: switches loaded modules off for this site.
/// Their pages and endpoints then answer 404 and their later recipe steps are refused.</summary>
internal sealed class ModulesStep(ISiteModules modules) : RecipeStep<ModulesStep.Input>
{
    public override string Name => "Modules";

    public override string ModuleName => "Portal";

    protected override Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        for (var i = 0; i < data.Disable.Count; i++)
        {
            var name = data.Disable[i];
            var module = modules.Loaded.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
            context.Require(module is not null, $"disable[{i}]",
                $"nämner modulen \"{name}\", som inte finns. Moduler: {string.Join(", ", modules.Loaded.Select(m => m.Name))}");
            context.Require(!module!.IsRequired, $"disable[{i}]", $"modulen {module.Name} kan inte stängas av");
            context.State.DisabledModules.Add(module.Name);
        }

        return Task.CompletedTask;
    }

    internal sealed class Input
    {
        public required List<string> Disable { get; init; }
    }
}
