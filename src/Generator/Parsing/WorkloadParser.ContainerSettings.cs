using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Consort.Generator.Diagnostics;
using Consort.Generator.Helpers;
using Consort.Generator.Model;
using Consort.Generator.Validation;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Parsing;

internal sealed partial class WorkloadParser
{
    /// <summary>Reads the per-container attributes (ports, env, mounts, resources, probes, security context) of one container class.</summary>
    private sealed class ContainerSettingsReader(WorkloadParser parser, INamedTypeSymbol part, string containerName, Dictionary<INamedTypeSymbol, string> volumes)
    {
        private readonly ImmutableArray<PortSpec>.Builder _ports = ImmutableArray.CreateBuilder<PortSpec>();
        private readonly ImmutableArray<EnvVarSpec>.Builder _env = ImmutableArray.CreateBuilder<EnvVarSpec>();
        private readonly ImmutableArray<MountSpec>.Builder _mounts = ImmutableArray.CreateBuilder<MountSpec>();
        private readonly ImmutableArray<ProbeSpec>.Builder _probes = ImmutableArray.CreateBuilder<ProbeSpec>();
        private ResourcesSpec? _resources;
        private SecurityContextSpec? _securityContext;

        /// <summary>Every mount, with where its <c>SubPath</c> is written, for the ConfigReload checks.</summary>
        public List<MountSite> MountSites { get; } = [];

        public ContainerSettings Read()
        {
            foreach (var data in part.GetAttributes())
            {
                var name = KnownAttributes.NameOf(data);
                if (name is null || KnownAttributes.IsContainer(name) || KnownAttributes.IsVolume(name))
                {
                    continue;
                }

                var attribute = new AttributeArguments(data, parser._cancellationToken);
                if (!parser.Bound(attribute))
                {
                    continue;
                }

                switch (name)
                {
                    case KnownAttributes.Port:
                        ReadPort(attribute);
                        break;
                    case KnownAttributes.Env:
                        _env.Add(new EnvVarSpec(Text(attribute.PositionalString(0)), EnvSource.Literal, Text(attribute.PositionalString(1)), null, null, null));
                        break;
                    case KnownAttributes.EnvFromField:
                        _env.Add(new EnvVarSpec(Text(attribute.PositionalString(0)), EnvSource.Field, FieldPath(attribute), null, null, null));
                        break;
                    case KnownAttributes.EnvFromSecret:
                    case KnownAttributes.EnvFromConfigMap:
                        _env.Add(new EnvVarSpec(
                            Text(attribute.PositionalString(0)),
                            name == KnownAttributes.EnvFromSecret ? EnvSource.Secret : EnvSource.ConfigMap,
                            string.Empty,
                            Text(attribute.PositionalString(1)),
                            Text(attribute.PositionalString(2)),
                            attribute.NamedBool("Optional") == true ? true : null));
                        break;
                    case KnownAttributes.Mount:
                        ReadMount(attribute);
                        break;
                    case KnownAttributes.Resources:
                        _resources = new ResourcesSpec(
                            attribute.NamedString("CpuRequest"),
                            attribute.NamedString("CpuLimit"),
                            attribute.NamedString("MemoryRequest"),
                            attribute.NamedString("MemoryLimit"),
                            attribute.NamedString("EphemeralStorageRequest"),
                            attribute.NamedString("EphemeralStorageLimit"));
                        break;
                    case KnownAttributes.HttpProbe:
                    case KnownAttributes.TcpProbe:
                    case KnownAttributes.ExecProbe:
                        ReadProbe(attribute, name);
                        break;
                    case KnownAttributes.SecurityContext:
                        _securityContext = new SecurityContextSpec(
                            attribute.NamedBool("RunAsNonRoot"),
                            attribute.NamedLong("RunAsUser"),
                            attribute.NamedLong("RunAsGroup"),
                            attribute.NamedBool("ReadOnlyRootFilesystem"),
                            attribute.NamedBool("AllowPrivilegeEscalation"),
                            attribute.NamedBool("Privileged"),
                            AttributeArguments.StringArray(attribute.Named("AddCapabilities")) ?? EquatableArray<string>.Empty,
                            AttributeArguments.StringArray(attribute.Named("DropCapabilities")) ?? EquatableArray<string>.Empty);
                        break;
                }
            }

            return new ContainerSettings(
                _ports.ToEquatableArray(),
                _env.ToEquatableArray(),
                _mounts.ToEquatableArray(),
                _resources,
                _probes.ToEquatableArray(),
                _securityContext);
        }

        private void ReadPort(AttributeArguments attribute)
        {
            var portName = attribute.NamedString("Name");
            if (portName is not null)
            {
                parser.CheckName(KubernetesNames.CheckPortName(portName), "Port name", portName, attribute.Tree, attribute.NamedSpan("Name"));
            }

            var number = attribute.Positional(0).Value is int value ? value : 0;
            _ports.Add(new PortSpec(number, portName, attribute.NamedEnum<Protocol>("Protocol") ?? Protocol.Tcp));
        }

        private void ReadMount(AttributeArguments attribute)
        {
            var target = attribute.Positional(0).Value as INamedTypeSymbol;
            if (target is null || !volumes.TryGetValue(target, out var volumeName))
            {
                var available = volumes.Keys.Select(static v => "typeof(" + v.Name + ")").OrderBy(static v => v, System.StringComparer.Ordinal).ToList();
                parser.Report(
                    DiagnosticDescriptors.MountOfUnknownVolume,
                    attribute.Tree,
                    attribute.PositionalSpan(0),
                    TypeName(attribute.Positional(0).Value),
                    parser._type.Name,
                    available.Count == 0 ? "it declares none" : string.Join(", ", available));
                volumeName = string.Empty;
            }

            var path = attribute.PositionalString(1) ?? string.Empty;
            if (!path.StartsWith("/", System.StringComparison.Ordinal))
            {
                parser.Report(DiagnosticDescriptors.InvalidMountPath, attribute.Tree, attribute.PositionalSpan(1), "Mount path", path, "it must be an absolute path such as /var/log/app");
            }
            else if (_mounts.Any(m => m.MountPath == path))
            {
                parser.Report(DiagnosticDescriptors.InvalidMountPath, attribute.Tree, attribute.PositionalSpan(1), "Mount path", path, $"container '{containerName}' already mounts a volume there; mount paths must be unique within a container");
            }

            var subPath = attribute.NamedString("SubPath");
            if (subPath is { Length: > 0 })
            {
                if (subPath.StartsWith("/", System.StringComparison.Ordinal))
                {
                    parser.Report(DiagnosticDescriptors.InvalidMountPath, attribute.Tree, attribute.NamedSpan("SubPath"), "SubPath", subPath, "it must be a relative path inside the volume");
                }
                else if (subPath.Split('/').Contains(".."))
                {
                    parser.Report(DiagnosticDescriptors.InvalidMountPath, attribute.Tree, attribute.NamedSpan("SubPath"), "SubPath", subPath, "it must not contain '..'");
                }
            }

            var mount = new MountSpec(volumeName, path, attribute.NamedBool("ReadOnly") == true ? true : null, subPath is { Length: > 0 } ? subPath : null);
            _mounts.Add(mount);
            MountSites.Add(new MountSite(volumeName, path, mount.SubPath, new SourceSpan(attribute.Tree, attribute.NamedSpan("SubPath"))));
        }

        private void ReadProbe(AttributeArguments attribute, string name)
        {
            var kind = attribute.Positional(0).Value is int k ? (ProbeKind)k : ProbeKind.Liveness;
            var timing = new ProbeTimingSpec(
                attribute.NamedInt("InitialDelaySeconds"),
                attribute.NamedInt("PeriodSeconds"),
                attribute.NamedInt("TimeoutSeconds"),
                attribute.NamedInt("FailureThreshold"),
                attribute.NamedInt("SuccessThreshold"));
            var probe = name switch
            {
                KnownAttributes.HttpProbe => new ProbeSpec(
                    kind,
                    ProbeAction.Http,
                    attribute.PositionalString(1) ?? "/",
                    attribute.Positional(2).Value as int?,
                    attribute.Positional(2).Value as string,
                    attribute.NamedBool("Https") == true,
                    EquatableArray<string>.Empty,
                    timing),
                KnownAttributes.TcpProbe => new ProbeSpec(
                    kind,
                    ProbeAction.Tcp,
                    null,
                    attribute.Positional(1).Value as int?,
                    attribute.Positional(1).Value as string,
                    false,
                    EquatableArray<string>.Empty,
                    timing),
                _ => new ProbeSpec(
                    kind,
                    ProbeAction.Exec,
                    null,
                    null,
                    null,
                    false,
                    AttributeArguments.StringArray(attribute.Positional(1)) ?? EquatableArray<string>.Empty,
                    timing),
            };
            _probes.Add(probe);
        }

        private static string FieldPath(AttributeArguments attribute)
            => attribute.Positional(1).Value switch
            {
                string path => path,
                int field => ((PodField)field) switch
                {
                    PodField.Name => "metadata.name",
                    PodField.Namespace => "metadata.namespace",
                    PodField.Uid => "metadata.uid",
                    PodField.NodeName => "spec.nodeName",
                    PodField.ServiceAccountName => "spec.serviceAccountName",
                    PodField.HostIP => "status.hostIP",
                    PodField.HostIPs => "status.hostIPs",
                    PodField.PodIP => "status.podIP",
                    PodField.PodIPs => "status.podIPs",
                    _ => string.Empty,
                },
                _ => string.Empty,
            };

        private static string Text(string? value) => value ?? string.Empty;
    }

    private sealed record ContainerSettings(
        EquatableArray<PortSpec> Ports,
        EquatableArray<EnvVarSpec> Env,
        EquatableArray<MountSpec> Mounts,
        ResourcesSpec? Resources,
        EquatableArray<ProbeSpec> Probes,
        SecurityContextSpec? SecurityContext)
    {
        public static ContainerSettings Empty { get; } = new(EquatableArray<PortSpec>.Empty, EquatableArray<EnvVarSpec>.Empty, EquatableArray<MountSpec>.Empty, null, EquatableArray<ProbeSpec>.Empty, null);

        public bool HasAny => !Ports.IsEmpty || !Env.IsEmpty || !Mounts.IsEmpty || Resources is not null || !Probes.IsEmpty || SecurityContext is not null;
    }
}
