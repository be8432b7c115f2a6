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
        // Empty builders: most containers leave most of these lists empty, and a builder's default capacity is eight.
        private readonly ImmutableArray<PortSpec>.Builder _ports = ImmutableArray.CreateBuilder<PortSpec>(0);
        private readonly ImmutableArray<EnvVarSpec>.Builder _env = ImmutableArray.CreateBuilder<EnvVarSpec>(0);
        private readonly ImmutableArray<MountSpec>.Builder _mounts = ImmutableArray.CreateBuilder<MountSpec>(0);
        private readonly ImmutableArray<ProbeSpec>.Builder _probes = ImmutableArray.CreateBuilder<ProbeSpec>(0);
        private readonly ImmutableArray<EnvFromSpec>.Builder _envFrom = ImmutableArray.CreateBuilder<EnvFromSpec>(0);
        private ResourcesSpec? _resources;
        private readonly ImmutableArray<KeyValueSpec>.Builder _extendedResources = ImmutableArray.CreateBuilder<KeyValueSpec>(0);
        private SecurityContextSpec? _securityContext;
        private HookSpec? _postStart;
        private HookSpec? _preStop;

        /// <summary>Where a <c>Bidirectional</c> mount propagation is asked for: only a privileged container may have one.</summary>
        private readonly List<(AttributeArguments Attribute, string Path)> _bidirectional = [];

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
                        if (name == KnownAttributes.EnvFromConfigMap && attribute.NamedBool("Optional") != true
                            && parser.ConfigMapPartNamed(Text(attribute.PositionalString(1))) is { } content)
                        {
                            parser.CheckHasKey(content, Text(attribute.PositionalString(2)), attribute.Tree, attribute.PositionalSpan(2));
                        }
                        _env.Add(new EnvVarSpec(
                            Text(attribute.PositionalString(0)),
                            name == KnownAttributes.EnvFromSecret ? EnvSource.Secret : EnvSource.ConfigMap,
                            string.Empty,
                            Text(attribute.PositionalString(1)),
                            Text(attribute.PositionalString(2)),
                            attribute.NamedBool("Optional") == true ? true : null));
                        break;
                    case KnownAttributes.EnvFromService:
                        CheckEnvName(attribute);
                        if (parser._resolvesReferences && parser.ResolveServiceAddress(attribute, Text(attribute.PositionalString(0))) is { } address)
                        {
                            _env.Add(new EnvVarSpec(Text(attribute.PositionalString(0)), EnvSource.Literal, address, null, null, null));
                        }

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
                    case KnownAttributes.ExtendedResource:
                        ReadExtendedResource(attribute);
                        break;
                    case KnownAttributes.HttpProbe:
                    case KnownAttributes.TcpProbe:
                    case KnownAttributes.ExecProbe:
                    case KnownAttributes.GrpcProbe:
                        ReadProbe(attribute, name);
                        break;
                    case KnownAttributes.PreStop:
                        _preStop = ReadHook(attribute, "PreStop");
                        break;
                    case KnownAttributes.PostStart:
                        _postStart = ReadHook(attribute, "PostStart");
                        break;
                    case KnownAttributes.EnvFrom:
                        ReadEnvFrom(attribute);
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
                            AttributeArguments.StringArray(attribute.Named("DropCapabilities")) ?? EquatableArray<string>.Empty,
                            parser.ReadSeccomp(attribute));
                        break;
                }
            }

            foreach (var (attribute, path) in _bidirectional)
            {
                if (_securityContext?.Privileged != true)
                {
                    parser.Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("MountPropagation"), $"Bidirectional mount propagation at '{path}' needs a privileged container; give '{containerName}' [SecurityContext(Privileged = true)] or use MountPropagation.HostToContainer");
                }
            }

            return new ContainerSettings(
                _ports.ToEquatableArray(),
                _env.ToEquatableArray(),
                _mounts.ToEquatableArray(),
                _extendedResources.Count == 0 ? _resources : (_resources ?? new ResourcesSpec(null, null, null, null, null, null)) with { Extended = _extendedResources.ToEquatableArray() },
                _probes.ToEquatableArray(),
                _securityContext,
                _envFrom.ToEquatableArray(),
                _postStart is null && _preStop is null ? null : new LifecycleSpec(_postStart, _preStop));
        }

        /// <summary>A <c>[PreStop]</c> or <c>[PostStart]</c>: a command or a pause, exactly one; not on a regular init container.</summary>
        private HookSpec? ReadHook(AttributeArguments attribute, string hook)
        {
            if (role == ContainerRole.Init)
            {
                parser.Report(
                    DiagnosticDescriptors.ProbeOnInitContainer,
                    attribute.Tree,
                    attribute.NameSpan,
                    $"Init container '{containerName}' may not have a {hook} hook: it runs to completion before the app starts; only sidecars (restartPolicy: Always) may have lifecycle hooks");
                return null;
            }

            var command = AttributeArguments.StringArray(attribute.Positional(0));
            var sleep = attribute.NamedLong("SleepSeconds");
            if (command is { IsEmpty: false } == (sleep is not null))
            {
                parser.Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NameSpan, $"[{hook}] of container '{containerName}' needs exactly one of a command and SleepSeconds");
                return null;
            }

            if (sleep is { } seconds)
            {
                if (seconds < 0 || seconds > parser._terminationGracePeriodSeconds)
                {
                    parser.Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("SleepSeconds"), $"SleepSeconds {seconds} must be between 0 and the pod's TerminationGracePeriodSeconds ({parser._terminationGracePeriodSeconds})");
                }
                else if (seconds == 0)
                {
                    parser.ReportBelow(
                        KubernetesVersion.SleepActionAllowsZero,
                        DiagnosticDescriptors.InvalidSetting,
                        attribute.Tree,
                        attribute.NamedSpan("SleepSeconds"),
                        $"SleepSeconds 0 needs Kubernetes 1.33 or later, but ConsortKubernetesVersion is {DiagnosticInfo.VersionToken}; pause at least a second, or leave out the hook");
                }

                parser.ReportBelow(
                    KubernetesVersion.SleepAction,
                    DiagnosticDescriptors.InvalidSetting,
                    attribute.Tree,
                    attribute.NamedSpan("SleepSeconds"),
                    $"[{hook}(SleepSeconds = ...)] needs Kubernetes 1.30 or later, but ConsortKubernetesVersion is {DiagnosticInfo.VersionToken}; run a command instead, such as [{hook}(\"sh\", \"-c\", \"sleep {seconds}\")]");
                return new HookSpec(null, seconds);
            }

            return new HookSpec(command, null);
        }

        /// <summary>An <c>[EnvFrom]</c>: exactly one of ConfigMap, Secret and Source.</summary>
        private void ReadEnvFrom(AttributeArguments attribute)
        {
            var configMap = attribute.NamedString("ConfigMap");
            var secret = attribute.NamedString("Secret");
            var sources = (configMap is null ? 0 : 1) + (secret is null ? 0 : 1) + (attribute.HasNamed("Source") ? 1 : 0);
            if (sources != 1)
            {
                parser.Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NameSpan, $"[EnvFrom] of container '{containerName}' needs exactly one of ConfigMap, Secret and Source, not {sources}");
                return;
            }

            string objectName;
            if (attribute.HasNamed("Source"))
            {
                var source = attribute.Named("Source").Value as TypeRef;
                if (source is null || !parser._volumeParts.TryGetValue(source, out var volume) || volume.Spec.Content is not { } content)
                {
                    parser.Report(DiagnosticDescriptors.WrongPartKind, attribute.Tree, attribute.NamedSpan("Source"), $"EnvFrom Source '{source?.Display}' is not a [ConfigMap] part of this workload; declare one, or name an existing ConfigMap with ConfigMap = \"...\"");
                    return;
                }

                objectName = content.Name;
            }
            else
            {
                objectName = configMap ?? secret!;
                var property = configMap is null ? "Secret" : "ConfigMap";
                parser.CheckName(KubernetesNames.CheckDns1123Subdomain(objectName), property + " name", objectName, attribute.Tree, attribute.NamedSpan(property));
            }

            var prefix = attribute.NamedString("Prefix");
            if (prefix is { Length: > 0 })
            {
                CheckEnvVarName(prefix, "EnvFrom prefix", attribute, attribute.NamedSpan("Prefix"));
            }

            _envFrom.Add(new EnvFromSpec(secret is not null, objectName, prefix is { Length: > 0 } ? prefix : null, attribute.NamedBool("Optional") == true ? true : null));
        }

        private void ReadPort(AttributeArguments attribute)
        {
            var portName = attribute.NamedString("Name");
            if (portName is not null)
            {
                parser.CheckName(KubernetesNames.CheckPortName(portName), "Port name", portName, attribute.Tree, attribute.NamedSpan("Name"));
            }

            var number = attribute.Positional(0).Value is int value ? value : 0;
            if (!KubernetesNames.IsPortNumber(number))
            {
                parser.Report(DiagnosticDescriptors.InvalidPort, attribute.Tree, attribute.PositionalSpan(0), $"Port {number} of container '{containerName}' must be between 1 and 65535, inclusive");
            }

            if (portName is not null && _ports.Any(p => p.Name == portName))
            {
                parser.Report(DiagnosticDescriptors.InvalidPort, attribute.Tree, attribute.NamedSpan("Name"), $"Container '{containerName}' already has a port named '{portName}'; port names must be unique within a container");
            }

            var hostPort = attribute.NamedInt("HostPort");
            if (hostPort is { } givenHostPort && !KubernetesNames.IsPortNumber(givenHostPort))
            {
                parser.Report(DiagnosticDescriptors.InvalidPort, attribute.Tree, attribute.NamedSpan("HostPort"), $"Host port {hostPort} of container '{containerName}' must be between 1 and 65535, inclusive");
            }
            else if (hostPort is { } host && host != number && parser._hostNetwork)
            {
                parser.Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("HostPort"), $"Host port {host} of container '{containerName}' must equal its container port {number}: on the host's network (HostNetwork) the two are one port");
            }

            _ports.Add(new PortSpec(number, portName, parser.DefinedEnum<Protocol>(attribute, "Protocol", DiagnosticDescriptors.InvalidPort) ?? Protocol.Tcp, hostPort));
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

            var propagation = parser.DefinedEnum<MountPropagation>(attribute, "MountPropagation", DiagnosticDescriptors.InvalidSetting);
            if (propagation == MountPropagation.Bidirectional)
            {
                _bidirectional.Add((attribute, path));
            }

            var mount = new MountSpec(volumeName, path, attribute.NamedBool("ReadOnly") == true ? true : null, subPath is { Length: > 0 } ? subPath : null, propagation is MountPropagation.None ? null : propagation);
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
            var headers = name == KnownAttributes.HttpProbe ? ReadHeaders(attribute) : EquatableArray<HeaderSpec>.Empty;
            if (name != KnownAttributes.ExecProbe && attribute.Positional(portIndex).Value is int port && !KubernetesNames.IsPortNumber(port))
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
                    timing,
                    headers),
                KnownAttributes.GrpcProbe => new ProbeSpec(
                    kind,
                    ProbeAction.Grpc,
                    null,
                    attribute.Positional(1).Value as int?,
                    null,
                    false,
                    EquatableArray<string>.Empty,
                    timing,
                    GrpcService: attribute.NamedString("Service")),
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

        /// <summary>An HTTP probe's headers, each written <c>"Name: value"</c>; the name must be an HTTP token.</summary>
        private EquatableArray<HeaderSpec> ReadHeaders(AttributeArguments attribute)
        {
            var headers = new List<HeaderSpec>();
            foreach (var header in AttributeArguments.StringArray(attribute.Named("Headers")) ?? EquatableArray<string>.Empty)
            {
                var colon = header.IndexOf(':');
                var headerName = colon < 0 ? header : header.Substring(0, colon).Trim();
                if (colon < 0 || headerName.Length == 0 || !headerName.All(static c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-'))
                {
                    parser.Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("Headers"), $"Probe header '{header}' must be written \"Name: value\" with a name of letters, digits and '-' (e.g. 'X-Header-Name')");
                    continue;
                }

                headers.Add(new HeaderSpec(headerName, header.Substring(colon + 1).Trim()));
            }

            return headers.ToEquatableArray();
        }

        /// <summary>An environment variable name (or a prefix of one): printable ASCII but '=', and a C-like identifier below Kubernetes 1.34.</summary>
        private void CheckEnvVarName(string value, string what, AttributeArguments attribute, Microsoft.CodeAnalysis.Text.TextSpan span)
        {
            if (EnvRules.CheckRelaxedName(value) is { } problem)
            {
                parser.Report(DiagnosticDescriptors.InvalidEnv, attribute.Tree, span, $"{what} '{value}' is invalid: {problem}");
            }
            else if (EnvRules.CheckStrictName(value) is { } strictProblem)
            {
                parser.ReportBelow(KubernetesVersion.RelaxedEnvVarNames, DiagnosticDescriptors.InvalidEnv, attribute.Tree, span, $"{what} '{value}' is invalid for ConsortKubernetesVersion {DiagnosticInfo.VersionToken}: {strictProblem}");
            }
        }

        private void CheckEnvName(AttributeArguments attribute)
        {
            CheckEnvVarName(Text(attribute.PositionalString(0)), "Environment variable name", attribute, attribute.PositionalSpan(0));

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
            if (KubernetesNames.CheckConfigMapKey(key) is { } problem)
            {
                parser.Report(DiagnosticDescriptors.InvalidEnv, attribute.Tree, attribute.PositionalSpan(2), $"{kind} key '{key}' is invalid: {problem}");
            }
        }

        /// <summary>
        /// An <c>[ExtendedResource]</c>: a qualified name outside <c>kubernetes.io</c> (the API server's
        /// <c>IsExtendedResourceName</c>), once per container, and a count that is not negative.
        /// </summary>
        private void ReadExtendedResource(AttributeArguments attribute)
        {
            var name = Text(attribute.PositionalString(0));
            var count = attribute.Positional(1).Value is int given ? given : 0;
            // IsNativeResource: no domain, or "kubernetes.io/" anywhere in the name; the name with "requests." before it
            // must still be a qualified name, as a quota names it.
            if (name.IndexOf('/') < 0 || name.Contains("kubernetes.io/") || name.StartsWith("requests.", System.StringComparison.Ordinal) || LabelRules.CheckKey("requests." + name, isAnnotation: false) is not null)
            {
                parser.Report(DiagnosticDescriptors.InvalidQuantity, attribute.Tree, attribute.PositionalSpan(0), $"Extended resource '{name}' of container '{containerName}' must be a qualified name outside the kubernetes.io domain, such as nvidia.com/gpu; give cpu, memory and ephemeral storage with [Resources]");
            }
            else if (_extendedResources.Any(e => e.Key == name))
            {
                parser.Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.PositionalSpan(0), $"Extended resource '{name}' is given twice for container '{containerName}'");
            }

            if (count < 0)
            {
                parser.Report(DiagnosticDescriptors.InvalidQuantity, attribute.Tree, attribute.PositionalSpan(1), $"Extended resource '{name}' count {count} is negative; quantities must be greater than or equal to 0");
            }

            _extendedResources.Add(new KeyValueSpec(name, count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
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
        SecurityContextSpec? SecurityContext,
        EquatableArray<EnvFromSpec> EnvFrom,
        LifecycleSpec? Lifecycle)
    {
        public static ContainerSettings Empty { get; } = new(EquatableArray<PortSpec>.Empty, EquatableArray<EnvVarSpec>.Empty, EquatableArray<MountSpec>.Empty, null, EquatableArray<ProbeSpec>.Empty, null, EquatableArray<EnvFromSpec>.Empty, null);

        public bool HasAny => !Ports.IsEmpty || !Env.IsEmpty || !Mounts.IsEmpty || Resources is not null || !Probes.IsEmpty || SecurityContext is not null || !EnvFrom.IsEmpty || Lifecycle is not null;
    }
}
