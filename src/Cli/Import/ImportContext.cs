using System.Collections.Generic;

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
    /// The <c>[EnvFromService]</c> arguments that give exactly <paramref name="value"/> in namespace
    /// <paramref name="ns"/>: <c>host:port</c> with the host as Consort writes it, optionally after <c>scheme://</c>.
    /// </summary>
    public (ServiceTarget Target, string? Port, string? Scheme)? FindService(string value, string? ns)
    {
        var scheme = (string?)null;
        var address = value;
        var separator = value.IndexOf("://", System.StringComparison.Ordinal);
        if (separator > 0)
        {
            scheme = value[..separator];
            address = value[(separator + 3)..];
        }

        foreach (var target in Services)
        {
            var host = target.Namespace == ns ? target.Name : target.Namespace is null ? null : $"{target.Name}.{target.Namespace}.svc";
            if (host is null || !address.StartsWith(host + ":", System.StringComparison.Ordinal))
            {
                continue;
            }

            var portText = address[(host.Length + 1)..];
            foreach (var (port, name) in target.Ports)
            {
                if (port.ToString(System.Globalization.CultureInfo.InvariantCulture) != portText)
                {
                    continue;
                }

                if (target.Ports.Count == 1)
                {
                    return (target, null, scheme);
                }

                if (name is not null)
                {
                    return (target, name, scheme);
                }
            }
        }

        return null;
    }
}
