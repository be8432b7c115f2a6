using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Consort.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Binding;

/// <summary>The type of an attribute parameter or property, as far as the syntax reader understands it.</summary>
internal enum DslValueKind
{
    /// <summary>A type the syntax reader leaves to the compiler.</summary>
    Other,
    String,
    Int,
    Long,
    Bool,
    Enum,
    Type,
    StringArray,
}

/// <summary>A parameter's or property's type: its kind, and for an enum its name (such as <c>SidecarKind</c>).</summary>
internal readonly record struct DslValueType(DslValueKind Kind, string? EnumName = null);

/// <summary>An attribute constructor's parameter.</summary>
internal sealed record DslParameter(string Name, DslValueType Type, bool IsParams, bool IsOptional);

/// <summary>An attribute class: its public constructors and the properties and fields a declaration may set.</summary>
internal sealed record DslAttribute(ImmutableArray<ImmutableArray<DslParameter>> Constructors, IReadOnlyDictionary<string, DslValueType> Settable);

/// <summary>
/// The referenced DSL as the syntax reader needs it: each attribute's constructors and settable members, each enum's
/// values, and the namespaces of the other references that declare a type named like the DSL (importing one of those
/// could change what a name means). Read once from the references' metadata, so that it matches the DSL the
/// compiler binds against, whatever its version.
/// </summary>
internal sealed class DslSchema
{
    private DslSchema(
        IReadOnlyDictionary<string, DslAttribute> attributes,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> enums,
        INamespaceSymbol globalNamespace)
    {
        Attributes = attributes;
        Enums = enums;

        // [Port] may mean PortAttribute or Port; when both exist the compiler calls it ambiguous (null here).
        foreach (var name in attributes.Keys)
        {
            foreach (var written in name.EndsWith("Attribute", System.StringComparison.Ordinal) ? new[] { name, KnownAttributes.WithoutSuffix(name) } : [name])
            {
                _writtenAs[written] = _writtenAs.ContainsKey(written) ? null : name;
            }
        }
        _globalNamespace = globalNamespace;
    }

    private readonly INamespaceSymbol _globalNamespace;
    private readonly Dictionary<string, string?> _writtenAs = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableArray<ISymbol>> _shadowing = new(System.StringComparer.Ordinal);

    /// <summary>The attribute classes of namespace <c>Consort</c>, by class name (<c>PortAttribute</c>).</summary>
    public IReadOnlyDictionary<string, DslAttribute> Attributes { get; }

    /// <summary>
    /// The attribute class that <c>[<paramref name="written"/>]</c> means in namespace <c>Consort</c>: true with the
    /// class (null when two classes fit), false when no DSL attribute is written so.
    /// </summary>
    public bool TryGetAttribute(string written, out string? className) => _writtenAs.TryGetValue(written, out className);

    /// <summary>The enums of namespace <c>Consort</c>, by name, with their members' values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Enums { get; }

    /// <summary>The schema of the DSL that <paramref name="compilation"/> references; null if it references none.</summary>
    public static DslSchema? From(Compilation compilation)
    {
        var consort = compilation.GlobalNamespace.GetNamespaceMembers().FirstOrDefault(static n => n.Name == KnownAttributes.Namespace);
        if (consort is null)
        {
            return null;
        }

        var attributes = new Dictionary<string, DslAttribute>(System.StringComparer.Ordinal);
        var enums = new Dictionary<string, IReadOnlyDictionary<string, int>>(System.StringComparer.Ordinal);
        foreach (var type in consort.GetTypeMembers())
        {
            if (type.TypeKind == TypeKind.Enum && type.EnumUnderlyingType?.SpecialType == SpecialType.System_Int32)
            {
                enums[type.Name] = type.GetMembers().OfType<IFieldSymbol>()
                    .Where(static f => f.HasConstantValue && f.ConstantValue is int)
                    .ToDictionary(static f => f.Name, static f => (int)f.ConstantValue!, System.StringComparer.Ordinal);
            }
            else if (type is { TypeKind: TypeKind.Class, IsAbstract: false, Arity: 0 } && IsAttribute(type))
            {
                attributes[type.Name] = ReadAttribute(type);
            }
        }

        return new DslSchema(attributes, enums, compilation.GlobalNamespace);
    }

    private static bool IsAttribute(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current is { Name: "Attribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    private static DslAttribute ReadAttribute(INamedTypeSymbol type)
    {
        var constructors = type.InstanceConstructors
            .Where(static c => c.DeclaredAccessibility == Accessibility.Public)
            .Select(static c => c.Parameters.Select(static p => new DslParameter(p.Name, ValueTypeOf(p.Type), p.IsParams, p.IsOptional)).ToImmutableArray())
            .ToImmutableArray();

        // What a named argument may set: public instance properties with a public setter and public writable fields,
        // the nearest declaration of a name winning.
        var settable = new Dictionary<string, DslValueType>(System.StringComparer.Ordinal);
        var hidden = new HashSet<string>(System.StringComparer.Ordinal);
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic || !hidden.Add(member.Name))
                {
                    continue;
                }

                switch (member)
                {
                    case IPropertySymbol { DeclaredAccessibility: Accessibility.Public, SetMethod.DeclaredAccessibility: Accessibility.Public, IsIndexer: false } property:
                        settable[property.Name] = ValueTypeOf(property.Type);
                        break;
                    case IFieldSymbol { DeclaredAccessibility: Accessibility.Public, IsReadOnly: false, IsConst: false } field:
                        settable[field.Name] = ValueTypeOf(field.Type);
                        break;
                }
            }
        }

        return new DslAttribute(constructors, settable);
    }

    private static DslValueType ValueTypeOf(ITypeSymbol type) => type switch
    {
        { SpecialType: SpecialType.System_String } => new(DslValueKind.String),
        { SpecialType: SpecialType.System_Int32 } => new(DslValueKind.Int),
        { SpecialType: SpecialType.System_Int64 } => new(DslValueKind.Long),
        { SpecialType: SpecialType.System_Boolean } => new(DslValueKind.Bool),
        INamedTypeSymbol { TypeKind: TypeKind.Enum, ContainingType: null, ContainingNamespace: { Name: KnownAttributes.Namespace, ContainingNamespace.IsGlobalNamespace: true } } e => new(DslValueKind.Enum, e.Name),
        { Name: "Type", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } => new(DslValueKind.Type),
        IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_String } => new(DslValueKind.StringArray),
        _ => new(DslValueKind.Other),
    };

    /// <summary>
    /// Whether namespace <paramref name="name"/> (empty for the global one) of the references holds a type named
    /// like the DSL, so that importing it could change what a DSL name means; with
    /// <paramref name="orNamespace"/>, a namespace so named counts too (it is in scope for code declared inside).
    /// Looked up once per namespace, by name, so that no reference is read through.
    /// </summary>
    public bool IsShadowing(string name, bool orNamespace)
        => name != KnownAttributes.Namespace && _shadowing.GetOrAdd(name, ShadowingNames).Any(m => orNamespace || m is INamedTypeSymbol);

    private ImmutableArray<ISymbol> ShadowingNames(string name)
    {
        var ns = _globalNamespace;
        foreach (var segment in name.Length == 0 ? [] : name.Split('.'))
        {
            ns = ns.GetNamespaceMembers().FirstOrDefault(n => n.Name == segment);
            if (ns is null)
            {
                return [];
            }
        }

        // A generic type cannot be named without type arguments, so it does not shadow a DSL name; the global
        // namespace's Consort is the DSL.
        return DslNames.All
            .SelectMany(dslName => ns.GetMembers(dslName).Cast<ISymbol>())
            .Where(m => m is INamedTypeSymbol { Arity: 0 } || (m is INamespaceSymbol && !(ns.IsGlobalNamespace && m.Name == KnownAttributes.Namespace)))
            .ToImmutableArray();
    }
}
