using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Diagnostics;
using Consort.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Parsing;

internal sealed partial class WorkloadParser
{
    /// <summary>
    /// Whether <c>[EnvFromService]</c> is resolved: not while reading a workload that another one references, whose
    /// own references do not change its Services (and could lead back to the first).
    /// </summary>
    private bool _resolvesReferences = true;

    /// <summary>The workloads whose Services this one references, parsed once each (null: one with errors of its own).</summary>
    private Dictionary<string, WorkloadSpec?>? _referenced;

    /// <summary>
    /// The value of an <c>[EnvFromService]</c> (SPEC 7.5): <c>host:port</c> of a <c>[Service]</c> part of this or another
    /// workload, the host qualified with the namespace when the two differ, and the scheme before it when given. The
    /// target is read as the generator reads it, so its name and ports are what its own manifest says.
    /// </summary>
    /// <returns>The value, or null when the reference is reported (or the target has errors, reported there).</returns>
    private string? ResolveServiceAddress(AttributeArguments attribute, string variable)
    {
        var target = attribute.Positional(1);
        var typeRef = target.Value as TypeRef;
        var (workload, part) = FindPart(target);
        if (workload is null || part is null || Find(part, KnownAttributes.Service) is null
            || !workload.Attributes.Any(static a => a.Name is { } name && KnownAttributes.IsWorkload(name)))
        {
            // The DSL's attributes are conditional: a type of another assembly keeps none, so only this project's parts resolve.
            var why = target.Type is { Locations: var locations } && locations.All(static l => l.IsInMetadata)
                ? "is a type of another assembly, whose [Service] parts are not kept; name a [Service] part of a workload of this project"
                : "is not a [Service] part of a workload; give a nested class with [Service], such as typeof(Cart.Grpc)";
            Report(DiagnosticDescriptors.WrongPartKind, attribute.Tree, attribute.PositionalSpan(1), $"'{typeRef?.Display}' of environment variable '{variable}' {why}");
            return null;
        }

        if (ParseReferenced(workload) is not { } spec)
        {
            // The target's own errors are reported at the target; this workload cannot be generated without it.
            _hasErrors = true;
            return null;
        }

        if (spec.Companions.Services.FirstOrDefault(s => s.Part.ClassName == part.Name) is not { } service)
        {
            _hasErrors = true;
            return null;
        }

        var portName = attribute.NamedString("Port");
        var port = portName is null ? (service.Ports.Count == 1 ? service.Ports[0] : null) : service.Ports.FirstOrDefault(p => p.Name == portName);
        if (port is null)
        {
            var named = string.Join(", ", service.Ports.Where(static p => p.Name is not null).Select(static p => p.Name));
            var message = portName is not null ? $"Service '{service.Name}' has no port named '{portName}'{(named.Length > 0 ? " (its ports: " + named + ")" : string.Empty)}"
                : service.Ports.Count == 0 ? $"Service '{service.Name}' has no port for environment variable '{variable}' to name"
                : $"Service '{service.Name}' has {service.Ports.Count} ports; name the one '{variable}' uses with Port = \"...\" (its ports: {named})";
            Report(DiagnosticDescriptors.UnresolvedPort, attribute.Tree, portName is null ? attribute.PositionalSpan(1) : attribute.NamedSpan("Port"), message);
            return null;
        }

        var scheme = attribute.NamedString("Scheme");
        if (scheme is not null && !IsUriScheme(scheme))
        {
            Report(DiagnosticDescriptors.InvalidEnv, attribute.Tree, attribute.NamedSpan("Scheme"), $"Scheme '{scheme}' of environment variable '{variable}' is not a URI scheme; write it without '://', such as http");
            return null;
        }

        return Manifest.ServiceAddress.Format(service.Name, spec.Namespace, _namespace, port.Port, scheme);
    }

    /// <summary>The workload and nested class that <c>typeof</c> names: one of this workload's parts, or, when bound, a part of another class.</summary>
    private (DeclaredType? Workload, DeclaredType? Part) FindPart(ArgumentValue target)
    {
        if (target.Value is not TypeRef typeRef)
        {
            return default;
        }

        if (_type.NestedTypes.FirstOrDefault(p => p.Ref == typeRef) is { } own)
        {
            return (_type, own);
        }

        if (target.Type is INamedTypeSymbol { ContainingType: { } containing })
        {
            var workload = new SymbolDeclaredType(containing, _cancellationToken);
            return (workload, workload.NestedTypes.FirstOrDefault(p => p.Ref == typeRef));
        }

        return default;
    }

    /// <summary>The spec of a referenced workload, as the generator makes it (without resolving its own references).</summary>
    private WorkloadSpec? ParseReferenced(DeclaredType workload)
    {
        _referenced ??= new Dictionary<string, WorkloadSpec?>(System.StringComparer.Ordinal);
        if (!_referenced.TryGetValue(workload.Ref.Key, out var spec))
        {
            var parser = new WorkloadParser(workload, _schema, _cancellationToken) { _resolvesReferences = false };
            spec = parser.Parse(declaration: null)?.Spec;
            _referenced[workload.Ref.Key] = spec;
        }

        return spec;
    }

    private static bool IsUriScheme(string scheme)
        => scheme.Length > 0 && char.IsLetter(scheme[0]) && scheme.All(static c => c < 128 && (char.IsLetterOrDigit(c) || c is '+' or '-' or '.'));
}
