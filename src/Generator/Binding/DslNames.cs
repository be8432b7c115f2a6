using System;
using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Parsing;

namespace Consort.Generator.Binding;

/// <summary>The names a Consort declaration can use for the DSL: attribute classes, enums and enum members.</summary>
internal static class DslNames
{
    /// <summary>The workload attributes as they can be written: <c>Deployment</c> and <c>DeploymentAttribute</c>.</summary>
    public static readonly HashSet<string> Workloads = new(
        KnownAttributes.WorkloadClassNames.SelectMany(static n => new[] { n, KnownAttributes.WithoutSuffix(n) }),
        StringComparer.Ordinal);

    /// <summary>The DSL's enum types (the generator compiles in the same enums, in namespace <c>Consort</c>).</summary>
    public static readonly IReadOnlyDictionary<string, Type> Enums = typeof(SidecarKind).Assembly.GetTypes()
        .Where(static t => t.IsEnum && t.Namespace == KnownAttributes.Namespace)
        .ToDictionary(static t => t.Name, static t => t, StringComparer.Ordinal);

    /// <summary>Members of DSL enums, which <c>using static</c> lets a declaration write without the enum's name.</summary>
    public static readonly HashSet<string> EnumMembers = new(Enums.Values.SelectMany(static e => Enum.GetNames(e)), StringComparer.Ordinal);

    // Declared after the sets it is built from: static fields initialise in order.
    /// <summary>Simple names that, if a source file declared a type so named, could change what a workload's attributes bind to.</summary>
    public static readonly HashSet<string> All = Build();

    private static HashSet<string> Build()
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { KnownAttributes.Namespace };
        foreach (var attribute in KnownAttributes.AllClassNames)
        {
            names.Add(attribute);
            names.Add(KnownAttributes.WithoutSuffix(attribute));
        }

        names.UnionWith(Enums.Keys);
        names.UnionWith(EnumMembers);
        return names;
    }
}
