using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Consort.Generator.Diagnostics;
using Consort.Generator.Helpers;
using Consort.Generator.Model;
using Consort.Generator.Options;
using Consort.Generator.Validation;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Parsing;

internal sealed partial class WorkloadParser
{
    /// <summary>Reads the per-container attributes (ports, env, mounts, resources, probes, security context) of one container class.</summary>
    private sealed class ContainerSettingsReader(WorkloadParser parser, DeclaredType part, string containerName, ContainerRole role)
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
            foreach (var data in part.Attributes)
            {
                var name = data.Name;
                if (name is null || KnownAttributes.IsContainer(name) || KnownAttributes.IsVolume(name))
                {
                    continue;
                }

                var attribute = new AttributeArguments(data);
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
                        CheckEnvName(attribute);
                        if (EnvRules.LooksSecret(Text(attribute.PositionalString(0))))
                        {
                            parser.Report(DiagnosticDescriptors.SecretInLiteralEnv, attribute.Tree, attribute.PositionalSpan(1), Text(attribute.PositionalString(0)));
                        }

                        _env.Add(new EnvVarSpec(Text(attribute.PositionalString(0)), EnvSource.Literal, Text(attribute.PositionalString(1)), null, null, null));
                        break;
                    case KnownAttributes.EnvFromField:
                        CheckEnvName(attribute);
                        _env.Add(new EnvVarSpec(Text(attribute.PositionalString(0)), EnvSource.Field, FieldPath(attribute), null, null, null));
                        break;
                    case KnownAttributes.EnvFromSecret:
                    case KnownAttributes.EnvFromConfigMap:
                        CheckEnvName(attribute);
                        CheckEnvSource(attribute, name == KnownAttributes.EnvFromSecret ? "Secret" : "ConfigMap");
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
                        CheckResources(attribute);
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
            if (number is < 1 or > 65535)
            {
                parser.Report(DiagnosticDescriptors.InvalidPort, attribute.Tree, attribute.PositionalSpan(0), $"Port {number} of container '{containerName}' must be between 1 and 65535, inclusive");
            }

            if (portName is not null && _ports.Any(p => p.Name == portName))
            {
                parser.Report(DiagnosticDescriptors.InvalidPort, attribute.Tree, attribute.NamedSpan("Name"), $"Container '{containerName}' already has a port named '{portName}'; port names must be unique within a container");
            }

            _ports.Add(new PortSpec(number, portName, parser.DefinedEnum<Protocol>(attribute, "Protocol", DiagnosticDescriptors.InvalidPort) ?? Protocol.Tcp));
        }

        private void ReadMount(AttributeArguments attribute)
        {
            var volumeName = string.Empty;
            if (attribute.Positional(0).Value is TypeRef target && parser._volumeParts.TryGetValue(target, out var volume))
            {
                volumeName = volume.Spec.Name;
            }
            else
            {
                parser.ReportUnknownVolume(attribute, attribute.PositionalSpan(0), attribute.Positional(0).Value);
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
            if (!System.Enum.IsDefined(typeof(ProbeKind), kind))
            {
                parser.Report(DiagnosticDescriptors.ProbeOnInitContainer, attribute.Tree, attribute.PositionalSpan(0), UndefinedEnumMessage("Probe kind", (int)kind, typeof(ProbeKind)));
            }
            else if (role == ContainerRole.Init)
            {
                parser.Report(
                    DiagnosticDescriptors.ProbeOnInitContainer,
                    attribute.Tree,
                    attribute.NameSpan,
                    $"Init container '{containerName}' may not have a {kind.ToString().ToLowerInvariant()} probe: it runs to completion before the app starts; only sidecars (restartPolicy: Always) may have probes");
            }

            var portIndex = name == KnownAttributes.HttpProbe ? 2 : 1;
            if (name != KnownAttributes.ExecProbe && attribute.Positional(portIndex).Value is int port && port is < 1 or > 65535)
            {
                parser.Report(DiagnosticDescriptors.InvalidPort, attribute.Tree, attribute.PositionalSpan(portIndex), $"Probe port {port} must be between 1 and 65535, inclusive");
            }
            else if (name != KnownAttributes.ExecProbe && attribute.Positional(portIndex).Value is string portName && KubernetesNames.CheckPortName(portName) is { } problem)
            {
                parser.CheckName(problem, "Probe port name", portName, attribute.Tree, attribute.PositionalSpan(portIndex));
            }

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

        private void CheckEnvName(AttributeArguments attribute)
        {
            var envName = Text(attribute.PositionalString(0));
            if (EnvRules.CheckRelaxedName(envName) is { } problem)
            {
                parser.Report(DiagnosticDescriptors.InvalidEnv, attribute.Tree, attribute.PositionalSpan(0), $"Environment variable name '{envName}' is invalid: {problem}");
            }
            else if (EnvRules.CheckStrictName(envName) is { } strictProblem)
            {
                parser.ReportBelow(KubernetesVersion.RelaxedEnvVarNames, DiagnosticDescriptors.InvalidEnv, attribute.Tree, attribute.PositionalSpan(0), $"Environment variable name '{envName}' is invalid for ConsortKubernetesVersion {DiagnosticInfo.VersionToken}: {strictProblem}");
            }

            if (attribute.ClassName == KnownAttributes.EnvFromField && attribute.Positional(1).Value is int field && !System.Enum.IsDefined(typeof(PodField), field))
            {
                parser.Report(DiagnosticDescriptors.InvalidEnv, attribute.Tree, attribute.PositionalSpan(1), UndefinedEnumMessage("Field", field, typeof(PodField)));
            }
            else if (attribute.ClassName == KnownAttributes.EnvFromField)
            {
                var path = FieldPath(attribute);
                if (EnvRules.CheckFieldPath(path) is { } pathProblem)
                {
                    parser.Report(DiagnosticDescriptors.InvalidEnv, attribute.Tree, attribute.PositionalSpan(1), $"Field path '{path}' is not available to environment variables: {pathProblem}");
                }
            }
        }

        private void CheckEnvSource(AttributeArguments attribute, string kind)
        {
            var objectName = Text(attribute.PositionalString(1));
            parser.CheckName(KubernetesNames.CheckDns1123Subdomain(objectName), kind + " name", objectName, attribute.Tree, attribute.PositionalSpan(1));
            var key = Text(attribute.PositionalString(2));
            var validKey = key.Length is > 0 and <= 253
                && key.All(static c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.')
                && key != "." && key != ".." && !key.StartsWith("..", System.StringComparison.Ordinal);
            if (!validKey)
            {
                parser.Report(DiagnosticDescriptors.InvalidEnv, attribute.Tree, attribute.PositionalSpan(2), $"{kind} key '{key}' is invalid: a key must consist of alphanumeric characters, '-', '_' or '.', and must not be '.', '..' or start with '..'");
            }
        }

        private void CheckResources(AttributeArguments attribute)
        {
            foreach (var (request, limit) in new[] { ("CpuRequest", "CpuLimit"), ("MemoryRequest", "MemoryLimit"), ("EphemeralStorageRequest", "EphemeralStorageLimit") })
            {
                var requested = attribute.NamedString(request) is { } r ? parser.CheckQuantity(r, request, attribute) : null;
                var limited = attribute.NamedString(limit) is { } l ? parser.CheckQuantity(l, limit, attribute) : null;
                if (requested > limited)
                {
                    parser.Report(
                        DiagnosticDescriptors.InvalidQuantity,
                        attribute.Tree,
                        attribute.NamedSpan(request),
                        $"{request} '{attribute.NamedString(request)}' of container '{containerName}' is greater than {limit} '{attribute.NamedString(limit)}'; a request must be less than or equal to its limit");
                }
            }
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
