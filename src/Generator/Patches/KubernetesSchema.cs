using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Patches;

/// <summary>What a value of a field may be, as the JSON of the Kubernetes API has it.</summary>
internal enum ShapeKind
{
    String,
    Integer,
    Number,
    Boolean,

    /// <summary>A number or a string (<c>IntOrString</c>): ports, rolling update bounds.</summary>
    IntOrString,

    /// <summary>A resource quantity (<c>ResourceQuantity</c>): a string, or a number.</summary>
    Quantity,

    /// <summary>A model object: a mapping whose keys are its fields.</summary>
    Object,

    List,

    /// <summary>A mapping with keys of the user's choosing, such as labels.</summary>
    Map,

    /// <summary>Anything (raw JSON, such as a custom resource's spec).</summary>
    Any,
}

/// <summary>The shape of a field: its kind, the model for an object, the element for a list or a map.</summary>
internal sealed record SchemaShape(ShapeKind Kind, SchemaType? Model = null, SchemaShape? Element = null)
{
    public string Describe() => Kind switch
    {
        ShapeKind.Object => "a mapping (" + Model!.Name + ")",
        ShapeKind.List => "a list of " + Element!.Describe(),
        ShapeKind.Map => "a mapping of " + Element!.Describe(),
        ShapeKind.Integer => "an integer",
        ShapeKind.Number => "a number",
        ShapeKind.Boolean => "true or false",
        ShapeKind.IntOrString => "a number or a string",
        ShapeKind.Quantity => "a quantity such as 250m or 1Gi",
        ShapeKind.Any => "any value",
        _ => "a string",
    };
}

/// <summary>A KubernetesClient model type: its JSON fields, read from its properties' <c>[JsonPropertyName]</c> on first use.</summary>
internal sealed class SchemaType(string name, INamedTypeSymbol symbol, KubernetesSchema schema)
{
    private IReadOnlyDictionary<string, SchemaShape>? _fields;

    /// <summary>The model's name, such as <c>V1Container</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The fields by JSON name, in declaration order.</summary>
    public IReadOnlyDictionary<string, SchemaShape> Fields
    {
        get
        {
            if (_fields is null)
            {
                var fields = new Dictionary<string, SchemaShape>(System.StringComparer.Ordinal);
                foreach (var property in symbol.GetMembers().OfType<IPropertySymbol>())
                {
                    var jsonName = property.GetAttributes()
                        .FirstOrDefault(static a => a.AttributeClass?.Name == "JsonPropertyNameAttribute")?
                        .ConstructorArguments.FirstOrDefault().Value as string;
                    if (jsonName is not null)
                    {
                        fields[jsonName] = schema.ShapeOf(property.Type);
                    }
                }

                _fields = fields;
            }

            return _fields;
        }
    }
}

/// <summary>
/// The Kubernetes API as the KubernetesClient the project references describes it: every model type's fields and
/// their shapes, and which model an <c>apiVersion</c> and <c>kind</c> name. Read from the compilation's metadata, so
/// that patches are checked against the same API the project builds against; types are read on first use.
/// </summary>
internal sealed class KubernetesSchema
{
    private const string ModelsNamespace = "k8s.Models";

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, SchemaType?> _models = new(System.StringComparer.Ordinal);
    private readonly System.Lazy<Dictionary<(string ApiVersion, string Kind), string>> _kinds;

    private KubernetesSchema(Compilation compilation, IAssemblySymbol models)
    {
        _compilation = compilation;
        _kinds = new System.Lazy<Dictionary<(string, string), string>>(() => ReadKinds(models));
    }

    /// <summary>The schema of the KubernetesClient that <paramref name="compilation"/> references, or null when it references none.</summary>
    public static KubernetesSchema? From(Compilation compilation)
        => compilation.GetTypeByMetadataName(ModelsNamespace + ".V1Pod") is { } pod ? new KubernetesSchema(compilation, pod.ContainingAssembly) : null;

    /// <summary>The model named <paramref name="name"/>, such as <c>V1Deployment</c>, or null.</summary>
    public SchemaType? Model(string name)
        => _models.GetOrAdd(name, n => _compilation.GetTypeByMetadataName(ModelsNamespace + "." + n) is { } symbol ? new SchemaType(n, symbol, this) : null);

    /// <summary>The model of the objects of <paramref name="apiVersion"/> and <paramref name="kind"/>, or null for a kind the client does not know.</summary>
    public SchemaType? ForKind(string apiVersion, string kind)
        => _kinds.Value.TryGetValue((apiVersion, kind), out var model) ? Model(model) : null;

    /// <summary>The shape of a property of type <paramref name="type"/>.</summary>
    public SchemaShape ShapeOf(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String or SpecialType.System_DateTime:
                return new SchemaShape(ShapeKind.String);
            case SpecialType.System_Int32 or SpecialType.System_Int64:
                return new SchemaShape(ShapeKind.Integer);
            case SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal:
                return new SchemaShape(ShapeKind.Number);
            case SpecialType.System_Boolean:
                return new SchemaShape(ShapeKind.Boolean);
        }

        if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte })
        {
            return new SchemaShape(ShapeKind.String);
        }

        if (type is not INamedTypeSymbol named)
        {
            return new SchemaShape(ShapeKind.Any);
        }

        if (named.ContainingNamespace?.ToDisplayString() == ModelsNamespace)
        {
            return named.Name switch
            {
                "IntOrString" => new SchemaShape(ShapeKind.IntOrString),
                "ResourceQuantity" => new SchemaShape(ShapeKind.Quantity),
                _ => Model(named.Name) is { } model ? new SchemaShape(ShapeKind.Object, model) : new SchemaShape(ShapeKind.Any),
            };
        }

        if (named.IsGenericType && named.TypeArguments.Length == 2 && IsCollection(named, "IDictionary", "Dictionary", "IReadOnlyDictionary"))
        {
            return new SchemaShape(ShapeKind.Map, Element: ShapeOf(named.TypeArguments[1]));
        }

        if (named.IsGenericType && named.TypeArguments.Length == 1 && IsCollection(named, "IList", "List", "ICollection", "IEnumerable", "IReadOnlyList", "IReadOnlyCollection"))
        {
            return new SchemaShape(ShapeKind.List, Element: ShapeOf(named.TypeArguments[0]));
        }

        return new SchemaShape(ShapeKind.Any);
    }

    private static bool IsCollection(INamedTypeSymbol type, params string[] names)
        => names.Contains(type.Name) && type.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic";

    /// <summary>Every model with a <c>[KubernetesEntity]</c>, by <c>apiVersion</c> (<c>group/version</c>, or the version alone for the core group) and kind.</summary>
    private static Dictionary<(string, string), string> ReadKinds(IAssemblySymbol models)
    {
        var kinds = new Dictionary<(string, string), string>();
        var ns = models.GlobalNamespace.GetNamespaceMembers().FirstOrDefault(static n => n.Name == "k8s")?.GetNamespaceMembers().FirstOrDefault(static n => n.Name == "Models");
        foreach (var type in ns?.GetTypeMembers() ?? default)
        {
            var entity = type.GetAttributes().FirstOrDefault(static a => a.AttributeClass?.Name == "KubernetesEntityAttribute");
            if (entity is null)
            {
                continue;
            }

            string? Named(string name) => entity.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;
            if (Named("Kind") is { Length: > 0 } kind && Named("ApiVersion") is { Length: > 0 } version)
            {
                var group = Named("Group");
                kinds[(string.IsNullOrEmpty(group) ? version : group + "/" + version, kind)] = type.Name;
            }
        }

        return kinds;
    }
}
