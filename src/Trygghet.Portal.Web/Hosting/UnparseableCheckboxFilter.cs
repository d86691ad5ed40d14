using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Trygghet.Portal.Web.Hosting;

/// <summary>A checkbox posted with a value that is not a boolean ("Input.RememberMe=zz") fails model binding
/// as it should, but re-rendering the form then throws inside the checkbox tag helper, which converts the
/// attempted value back to bool (a 500 for what is a 400-class input error). For every bound bool whose
/// binding failed, the attempted value is reset to "false"; the validation error stays and is shown.</summary>
internal sealed class UnparseableCheckboxFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        if (context.ModelState.IsValid || context.HandlerInstance is null)
        {
            return;
        }

        foreach (var (key, entry) in context.ModelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList())
        {
            if (IsBoolean(context.HandlerInstance.GetType(), key) && !bool.TryParse(entry?.AttemptedValue, out _))
            {
                context.ModelState.SetModelValue(key, rawValue: "false", attemptedValue: "false");
            }
        }
    }

    /// <summary>Follows "Input.RememberMe" through the page model's properties to the bound property's type.</summary>
    private static bool IsBoolean(Type type, string key)
    {
        foreach (var name in key.Split('.'))
        {
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return false;
            }

            type = property.PropertyType;
        }

        return type == typeof(bool) || type == typeof(bool?);
    }
}
