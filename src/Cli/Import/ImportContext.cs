extern alias ConsortGenerator;

using System.Collections.Generic;
using ServiceAddress = ConsortGenerator::Consort.Generator.Manifest.ServiceAddress;

namespace Consort.Cli.Import;

/// <summary>A Service part of an imported workload that <c>[EnvFromService]</c> can name.</summary>
/// <param name="Type">The C# type, as <c>typeof</c> takes it: <c>Cart.Grpc</c>.</param>
/// <param name="Name">The Service's Kubernetes name.</param>
/// <param name="Namespace">The Service's namespace (null: none given).</param>
/// <param name="Ports">The Service's ports: number and name (null when unnamed).</param>
internal sealed record ServiceTarget(string Type, string Name, string? Namespace, List<(long Port, string? Name)> Ports);

/// <summary>What the import of one workload needs to know about the others: the Services that env values may name.</summary>
internal sealed class ImportContext
{
    /// <summary>The Service parts of the workloads imported so far.</summary>
    public List<ServiceTarget> Services { get; } = [];

    /// <summary>
    /// The <c>[EnvFromService]</c> arguments that give exactly <paramref name="value"/> to a workload in namespace
    /// <paramref name="ns"/>: the generator's address of one of a Service's ports, optionally after <c>scheme://</c>.
    /// </summary>
    public (ServiceTarget Target, string? Port, string? Scheme)? FindService(string value, string? ns)
    {
        var separator = value.IndexOf("://", System.StringComparison.Ordinal);
        var scheme = separator > 0 ? value[..separator] : null;
        foreach (var target in Services)
        {
            foreach (var (port, name) in target.Ports)
            {
                // A Service of several ports needs the port's name; one of a single port needs none.
                if ((target.Ports.Count == 1 || name is not null) && port <= int.MaxValue
                    && ServiceAddress.Format(target.Name, target.Namespace, ns, (int)port, scheme) == value)
                {
                    return (target, target.Ports.Count == 1 ? null : name, scheme);
                }
            }
        }

        return null;
    }
}
