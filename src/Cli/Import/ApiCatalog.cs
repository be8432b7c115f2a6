using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using k8s.Models;

namespace Consort.Cli.Import;

/// <summary>
/// The kinds and versions of the Kubernetes API that the KubernetesClient models know (the API Consort builds
/// against). An object of a built-in group in a version that is not among them was removed from the API (or never
/// served): the API server refuses it, so it is reported rather than imported. Groups the models do not know are
/// custom resources, kept as written.
/// </summary>
internal static class ApiCatalog
{
    private static readonly Lazy<(HashSet<string> Known, HashSet<string> Groups)> Models = new(static () =>
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        var groups = new HashSet<string>(StringComparer.Ordinal) { "extensions" };
        foreach (var type in typeof(V1Pod).Assembly.GetTypes())
        {
            if (type.GetCustomAttribute<KubernetesEntityAttribute>() is { } entity)
            {
                known.Add(Key(entity.Group, entity.ApiVersion, entity.Kind));
                groups.Add(entity.Group ?? string.Empty);
            }
        }

        return (known, groups);
    });

    /// <summary>Why the API server refuses <paramref name="o"/>'s API version, or null when it serves it (or it is a custom resource).</summary>
    public static string? NotServed(KubeObject o)
    {
        var version = o.ApiVersion.Contains('/') ? o.ApiVersion[(o.ApiVersion.IndexOf('/') + 1)..] : o.ApiVersion;
        var (known, groups) = Models.Value;
        if (!groups.Contains(o.Group) || known.Contains(Key(o.Group, version, o.Kind)) || o.Kind.EndsWith("List", StringComparison.Ordinal))
        {
            return null;
        }

        // Where the kind is served now: in its own group first (policy/v1beta1 → policy/v1), else in another (extensions → apps).
        var served = known
            .Where(k => k.EndsWith("/" + o.Kind, StringComparison.Ordinal))
            .Select(static k => k.Split('/'))
            .OrderBy(k => k[0] == o.Group ? 0 : 1)
            .Select(static k => k[0].Length == 0 ? k[1] : k[0] + "/" + k[1])
            .ToList();
        return served.Count == 0
            ? $"{o.ApiVersion} {o.Kind} is not served by the Kubernetes API Consort builds on (KubernetesClient's models), in any version"
            : $"{o.ApiVersion} {o.Kind} is not served by the Kubernetes API Consort builds on (KubernetesClient's models); use {served[0]}";
    }

    private static string Key(string? group, string? version, string? kind) => $"{group}/{version}/{kind}";
}
