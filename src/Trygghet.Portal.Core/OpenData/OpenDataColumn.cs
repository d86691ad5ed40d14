using System.Linq.Expressions;
using System.Reflection;

namespace Trygghet.Portal.Core.OpenData;

/// <summary>One documented field of an open-data list. The same name is the JSON property and the CSV
/// column, so a reuser reads one description for both formats (docs/open-data.md lists them).</summary>
public sealed record OpenDataColumn<T>(string Name, string Description, Func<T, object?> Value)
{
    /// <summary>The .NET type of the value, when the column was made with <see cref="Of{TValue}"/>; the OpenAPI
    /// document and the API page describe the field with it.</summary>
    public Type? ValueType { get; init; }

    /// <summary>Whether the value can be null (empty in CSV, <c>null</c> in JSON).</summary>
    public bool MayBeNull { get; init; } = true;

    /// <summary>A column whose type and nullability are read from the expression itself (a property's
    /// nullable annotation, a method's return), so the published schema cannot drift from the value.</summary>
    public static OpenDataColumn<T> Of<TValue>(string name, string description, Expression<Func<T, TValue>> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var compiled = value.Compile();
        var type = typeof(TValue);
        return new(name, description, row => compiled(row))
        {
            ValueType = Nullable.GetUnderlyingType(type) ?? type,
            MayBeNull = Nullable.GetUnderlyingType(type) is not null || (!type.IsValueType && ReferenceMayBeNull(value.Body)),
        };
    }

    private static bool ReferenceMayBeNull(Expression body)
    {
        var nullability = new NullabilityInfoContext();
        return body switch
        {
            MemberExpression { Member: PropertyInfo property } => nullability.Create(property).ReadState != NullabilityState.NotNull,
            MemberExpression { Member: FieldInfo field } => nullability.Create(field).ReadState != NullabilityState.NotNull,
            MethodCallExpression call => nullability.Create(call.Method.ReturnParameter).ReadState != NullabilityState.NotNull,
            // Concatenation, interpolation and constants always give a value.
            BinaryExpression or ConstantExpression => false,
            _ => true,
        };
    }
}
