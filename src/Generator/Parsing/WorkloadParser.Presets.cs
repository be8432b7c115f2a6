using System;
using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Diagnostics;
using Consort.Generator.Helpers;
using Consort.Generator.Model;
using Consort.Generator.Presets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Consort.Generator.Parsing;

internal sealed partial class WorkloadParser
{
    private static readonly string[] CommonSidecarProperties = ["Name", "Mode", "Order", "ImagePullPolicy"];
    private static readonly string[] LoggingProperties = ["Source", "Agent", "Files", "Output", "Host", "Port"];
    private static readonly string[] ConfigReloadProperties = ["Config", "Target", "Process", "Signal", "ReloadUrl"];
    private static readonly string[] ServiceMeshProperties = ["Mesh", "Injection", "ProxyVersion"];

    /// <summary>
    /// Resolves every preset sidecar against the other parts (its source volume, config volume, target) and
    /// returns the names of the containers and volumes the presets will add, for the uniqueness checks.
    /// </summary>
    private (List<(string Name, SourceSpan Location)> Containers, List<(string Name, SourceSpan Location)> Volumes) ResolvePresets(
        string workloadName,
        List<ParsedContainer> containers)
    {
        var addedContainers = new List<(string, SourceSpan)>();
        var addedVolumes = new List<(string, SourceSpan)>();
        var meshSeen = false;
        for (var i = 0; i < containers.Count; i++)
        {
            var container = containers[i];
            var attribute = container.Attribute;
            var location = new SourceSpan(attribute.Tree, attribute.PositionalSpan(0));
            if (container.Spec.Role != ContainerRole.Sidecar)
            {
                continue;
            }

            if (!IsPreset(attribute))
            {
                RejectProperties(attribute, LoggingProperties.Concat(ConfigReloadProperties).Concat(ServiceMeshProperties), "applies only to preset sidecars");
                continue;
            }

            var kind = attribute.Positional(0).Value is int value ? (SidecarKind)value : (SidecarKind)(-1);
            RejectProperties(attribute, ["Command", "Args", "WorkingDir"], "does not apply to a preset sidecar, which sets its own command");
            var spec = kind switch
            {
                SidecarKind.Logging => ResolveLogging(container, containers),
                SidecarKind.ConfigReload => ResolveConfigReload(container, containers),
                SidecarKind.ServiceMesh => ResolveServiceMesh(container, containers, ref meshSeen),
                _ => null,
            };

            if (spec is null)
            {
                if (kind is not (SidecarKind.Logging or SidecarKind.ConfigReload or SidecarKind.ServiceMesh))
                {
                    Report(DiagnosticDescriptors.InvalidPresetProperty, location.Tree, location.Span, UndefinedEnumMessage("Preset", (int)kind, typeof(SidecarKind)));
                }

                continue;
            }

            containers[i] = container with { Spec = spec };
            switch (spec.Preset)
            {
                case LoggingPresetSpec { SourceVolume: not null }:
                    // One report for both volumes: the longer name fails first.
                    var configVolume = PresetNames.AgentConfigVolume(spec.Name);
                    CheckName(Validation.KubernetesNames.CheckDns1123Label(configVolume), "Volume name (generated from the sidecar's name)", configVolume, location.Tree, location.Span);
                    addedVolumes.Add((configVolume, location));
                    addedVolumes.Add((PresetNames.AgentStateVolume(spec.Name), location));

                    break;
                case ServiceMeshPresetSpec { Injection: MeshInjection.Explicit }:
                    addedContainers.Add((PresetNames.IstioInit, location));
                    addedVolumes.AddRange(PresetNames.IstioVolumes.Select(v => (v, location)));
                    break;
            }
        }

        return (addedContainers, addedVolumes);
    }

    private ContainerSpec? ResolveLogging(ParsedContainer container, List<ParsedContainer> containers)
    {
        var attribute = container.Attribute;
        RejectProperties(attribute, ConfigReloadProperties.Concat(ServiceMeshProperties), "does not apply to the Logging preset");
        var agent = DefinedEnum<LogAgent>(attribute, "Agent", DiagnosticDescriptors.InvalidPresetProperty) ?? LogAgent.FluentBit;
        var output = DefinedEnum<LogOutput>(attribute, "Output", DiagnosticDescriptors.InvalidPresetProperty) ?? LogOutput.Stdout;
        var host = attribute.NamedString("Host");
        var port = attribute.NamedInt("Port") ?? 0;

        var files = attribute.NamedString("Files") ?? "*.log";
        if (files.Length == 0 || files.StartsWith("/", StringComparison.Ordinal) || files.Split('/').Contains("..") || files.Any(c => char.IsControl(c) || c is '[' or ']' or '<' or '>' or ' '))
        {
            InvalidPreset(attribute, "Files", $"Files '{files}' must be a glob relative to the source volume, such as \"*.log\" or \"app/*.json\"");
        }

        if (output == LogOutput.Stdout)
        {
            RejectProperties(attribute, ["Host", "Port"], "does not apply to Output = Stdout");
        }
        else if (string.IsNullOrWhiteSpace(host) || host!.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            InvalidPreset(attribute, attribute.HasNamed("Host") ? "Host" : "Output", $"Output = {output} needs Host = \"<host name>\" of the {output} endpoint");
        }

        if (port is < 0 or > 65535)
        {
            InvalidPreset(attribute, "Port", $"Port {port} is not between 1 and 65535");
        }

        if (agent == LogAgent.Fluentd && output is LogOutput.Elasticsearch or LogOutput.Loki)
        {
            InvalidPreset(attribute, "Output", $"the Fluentd image has no {output} output plugin; use Agent = LogAgent.FluentBit, or Output = Forward to an aggregator that has it");
        }

        var (source, path) = FindLogSource(container, containers);
        var preset = new LoggingPresetSpec(source, path, agent, files, output, host, port == 0 ? DefaultPort(output) : port);
        return container.Spec with
        {
            Preset = preset,

            // Without a source no agent is generated (CNS101), so there is no image either.
            Image = source is null ? null : agent == LogAgent.Fluentd ? PresetImages.Fluentd : PresetImages.FluentBit,
        };

        static int DefaultPort(LogOutput output) => output switch
        {
            LogOutput.Forward => 24224,
            LogOutput.Elasticsearch => 9200,
            LogOutput.Loki => 3100,
            _ => 0,
        };
    }

    /// <summary>The volume the app writes its logs to, and where the app mounts it.</summary>
    private (string? Volume, string Path) FindLogSource(ParsedContainer sidecar, List<ParsedContainer> containers)
    {
        var attribute = sidecar.Attribute;
        var warningAt = new SourceSpan(attribute.Tree, attribute.PositionalSpan(0));
        var appMounts = containers.Where(static c => c.Spec.Role == ContainerRole.App).SelectMany(static c => c.Mounts).ToList();
        if (attribute.HasNamed("Source"))
        {
            if (attribute.Named("Source").Value is not TypeRef type || !_volumeParts.TryGetValue(type, out var volume))
            {
                ReportUnknownVolume(attribute, attribute.NamedSpan("Source"), attribute.Named("Source").Value);
                return (null, string.Empty);
            }

            if (volume.Spec.Kind is VolumeKind.ConfigMap or VolumeKind.Secret)
            {
                InvalidPreset(attribute, "Source", $"Source '{type.Name}' is a {volume.Spec.Kind} volume, which the app cannot write logs to; name an emptyDir or persistentVolumeClaim volume");
                return (null, string.Empty);
            }

            var appMount = appMounts.FirstOrDefault(m => m.VolumeName == volume.Spec.Name);
            if (appMount is not null)
            {
                return (volume.Spec.Name, appMount.MountPath);
            }

            var anyMount = containers.SelectMany(static c => c.Mounts).FirstOrDefault(m => m.VolumeName == volume.Spec.Name);
            var path = anyMount?.MountPath ?? "/var/log/" + volume.Spec.Name;
            Report(
                DiagnosticDescriptors.LogSourceUndetermined,
                attribute.Tree,
                attribute.NamedSpan("Source"),
                $"Logging sidecar '{sidecar.Spec.Name}' reads volume '{volume.Spec.Name}', which no app container mounts; the agent mounts it at {path}, where it will only see what other containers write");
            return (volume.Spec.Name, path);
        }

        var candidates = appMounts
            .Where(m => _volumeParts.Values.Any(v => v.Spec.Name == m.VolumeName && v.Spec.Kind == VolumeKind.EmptyDir))
            .GroupBy(static m => m.VolumeName)
            .Select(static g => g.First())
            .ToList();
        if (candidates.Count == 1)
        {
            return (candidates[0].VolumeName, candidates[0].MountPath);
        }

        Report(
            DiagnosticDescriptors.LogSourceUndetermined,
            warningAt.Tree,
            warningAt.Span,
            candidates.Count == 0
                ? $"Logging sidecar '{sidecar.Spec.Name}' has no source: no app container mounts an emptyDir volume; add one and mount it where the app writes its logs, or set Source; no log agent is generated"
                : $"Logging sidecar '{sidecar.Spec.Name}' cannot tell which of the emptyDir volumes {string.Join(", ", candidates.Select(static c => "'" + c.VolumeName + "'"))} holds the logs; set Source = typeof(...); no log agent is generated");
        return (null, string.Empty);
    }

    private ContainerSpec? ResolveConfigReload(ParsedContainer container, List<ParsedContainer> containers)
    {
        var attribute = container.Attribute;
        RejectProperties(attribute, LoggingProperties.Concat(ServiceMeshProperties), "does not apply to the ConfigReload preset");
        var ok = true;

        ParsedVolume? config = null;
        if (!attribute.HasNamed("Config"))
        {
            ok = InvalidPreset(attribute, null, "the ConfigReload preset needs Config = typeof(<the ConfigMap or Secret volume to watch>)");
        }
        else if (attribute.Named("Config").Value is not TypeRef configType || !_volumeParts.TryGetValue(configType, out config))
        {
            ReportUnknownVolume(attribute, attribute.NamedSpan("Config"), attribute.Named("Config").Value);
            ok = false;
        }
        else if (config.Spec.Kind is not (VolumeKind.ConfigMap or VolumeKind.Secret))
        {
            ok = InvalidPreset(attribute, "Config", $"Config '{configType.Name}' is a {config.Spec.Kind} volume; only ConfigMap and Secret volumes are updated in place by the kubelet");
        }
        else if (config.Spec.Content is { HashSuffix: true } content)
        {
            // A new name is a new pod template: the pods restart before any reload could happen.
            Report(
                DiagnosticDescriptors.InvalidConfigMapContent,
                attribute.Tree,
                attribute.NamedSpan("Config"),
                $"ConfigMap '{content.Name}' gets a content-hash suffix, so a change of its content rolls the pods instead of reloading them; set HashSuffix = false on its [ConfigMap] for a ConfigReload sidecar to watch it");
            ok = false;
        }

        ParsedContainer? target = null;
        if (!attribute.HasNamed("Target"))
        {
            ok = InvalidPreset(attribute, null, "the ConfigReload preset needs Target = typeof(<the container whose process reloads>)");
        }
        else if (attribute.Named("Target").Value is not TypeRef targetType
                 || (target = containers.FirstOrDefault(c => c.Part?.Ref == targetType)) is null
                 || target.Spec.Role == ContainerRole.Sidecar && IsPreset(target.Attribute))
        {
            ok = InvalidPreset(attribute, "Target", $"Target '{TypeName(attribute.Named("Target").Value)}' is not a container of workload '{_type.Name}'");
            target = null;
        }

        MountSite? targetMount = null;
        if (config is not null && target is not null)
        {
            targetMount = target.Mounts.FirstOrDefault(m => m.VolumeName == config.Spec.Name);
            if (targetMount is null)
            {
                ok = InvalidPreset(attribute, "Target", $"Target '{target.Spec.Name}' does not mount Config volume '{config.Spec.Name}'; mount it there as a directory");
            }
            else if (targetMount.SubPath is not null)
            {
                Report(
                    DiagnosticDescriptors.ConfigReloadSubPath,
                    targetMount.SubPathLocation.Tree,
                    targetMount.SubPathLocation.Span,
                    target.Spec.Name,
                    config.Spec.Name,
                    targetMount.SubPath);
                ok = false;
            }
        }

        var process = attribute.NamedString("Process");
        var reloadUrl = attribute.NamedString("ReloadUrl");
        var signal = attribute.NamedString("Signal") ?? "HUP";
        if (process is null == reloadUrl is null)
        {
            ok = InvalidPreset(attribute, reloadUrl is null ? null : "ReloadUrl", "set exactly one of Process = \"<process name>\" (signal mode) and ReloadUrl = \"http://...\" (HTTP mode)");
        }
        else if (process is not null)
        {
            if (process.Length is 0 or > 15 || !process.All(static c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-' or '+'))
            {
                ok = InvalidPreset(attribute, "Process", $"Process '{process}' must be a program name of at most 15 characters (the kernel's process name, which pkill -x matches), such as \"nginx\"");
            }

            signal = signal.StartsWith("SIG", StringComparison.Ordinal) ? signal.Substring(3) : signal;
            if (signal.Length is 0 or > 8 || !signal.All(static c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                ok = InvalidPreset(attribute, "Signal", $"Signal '{attribute.NamedString("Signal")}' is not a signal name such as \"HUP\" or \"USR1\"");
            }
        }
        else
        {
            RejectProperties(attribute, ["Signal"], "applies only to signal mode (Process = ...), not to ReloadUrl");
            if (!Uri.TryCreate(reloadUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || reloadUrl!.Any(char.IsWhiteSpace))
            {
                ok = InvalidPreset(attribute, "ReloadUrl", $"ReloadUrl '{reloadUrl}' must be an absolute http:// or https:// URL, such as \"http://127.0.0.1:9090/-/reload\"");
            }
        }

        if (!ok || config is null || target is null || targetMount is null)
        {
            return null;
        }

        var preset = new ConfigReloadPresetSpec(config.Spec.Name, targetMount.MountPath, target.Spec.Name, process, signal, reloadUrl);
        return container.Spec with { Preset = preset, Image = process is null ? PresetImages.ConfigmapReload : PresetImages.Busybox };
    }

    private ContainerSpec? ResolveServiceMesh(ParsedContainer container, List<ParsedContainer> containers, ref bool meshSeen)
    {
        var attribute = container.Attribute;
        RejectProperties(attribute, LoggingProperties.Concat(ConfigReloadProperties), "does not apply to the ServiceMesh preset");
        var mesh = DefinedEnum<MeshKind>(attribute, "Mesh", DiagnosticDescriptors.InvalidPresetProperty) ?? MeshKind.Istio;
        var injection = DefinedEnum<MeshInjection>(attribute, "Injection", DiagnosticDescriptors.InvalidPresetProperty) ?? MeshInjection.Annotate;
        var version = attribute.NamedString("ProxyVersion");
        var ok = true;
        if (meshSeen)
        {
            ok = InvalidPreset(attribute, null, "a workload joins one service mesh; remove the second ServiceMesh sidecar");
        }

        meshSeen = true;
        if (mesh == MeshKind.Linkerd && injection == MeshInjection.Explicit)
        {
            ok = InvalidPreset(attribute, "Injection", "Injection = Explicit is available for Istio only; Linkerd's proxy is added by its injector (Injection = Annotate)");
        }

        if (injection == MeshInjection.Annotate)
        {
            RejectProperties(attribute, ["ProxyVersion", "Mode"], "applies only to Injection = Explicit; with Annotate the mesh's injector adds the proxy");
            if (container.HasSettings)
            {
                ok = InvalidPreset(attribute, null, "with Injection = Annotate there is no container to apply container attributes or a [Patch] to; remove them or use Injection = Explicit");
            }
        }
        else if (mesh == MeshKind.Istio && version is null)
        {
            ok = InvalidPreset(attribute, null, "Injection = Explicit needs ProxyVersion = \"<the istiod version>\", such as \"1.28.1\": the proxy must match the control plane");
        }
        else if (version is not null && !IsReleaseVersion(version))
        {
            ok = InvalidPreset(attribute, "ProxyVersion", $"ProxyVersion '{version}' is not a release such as \"1.28.1\"; the proxy must match istiod, so 'latest' is not allowed");
        }

        if (injection == MeshInjection.Explicit && attribute.NamedString("Name") is { } name && name != PresetNames.IstioProxy)
        {
            ok = InvalidPreset(attribute, "Name", $"the explicit Istio proxy must be named '{PresetNames.IstioProxy}', the name Istio's tooling looks for");
        }

        if (!ok)
        {
            return null;
        }

        var apps = containers.Where(static c => c.Spec.Role == ContainerRole.App).Select(static c => c.Spec).ToList();
        var preset = new ServiceMeshPresetSpec(
            mesh,
            injection,
            version,
            apps.Select(static a => a.Name).ToEquatableArray(),
            apps.SelectMany(static a => a.Ports).ToEquatableArray());
        return injection == MeshInjection.Explicit
            ? container.Spec with { Preset = preset, Name = PresetNames.IstioProxy, Image = PresetImages.IstioProxyRepository + ":" + version }
            : container.Spec with { Preset = preset, Image = null };
    }

    private void RejectProperties(AttributeArguments attribute, IEnumerable<string> properties, string reason)
    {
        foreach (var property in properties)
        {
            if (attribute.HasNamed(property))
            {
                // The whole "Name = value" argument: it is the thing to delete.
                Report(DiagnosticDescriptors.InvalidPresetProperty, attribute.Tree, attribute.NamedArgumentSpan(property), $"'{property}' {reason}");
            }
        }
    }

    /// <summary>Reports CNS014 at the named argument (or at the preset kind when <paramref name="property"/> is null); returns false.</summary>
    private bool InvalidPreset(AttributeArguments attribute, string? property, string message)
    {
        var span = property is null ? attribute.PositionalSpan(0) : attribute.NamedSpan(property);
        Report(DiagnosticDescriptors.InvalidPresetProperty, attribute.Tree, span, message);
        return false;
    }

    /// <summary>A <c>typeof</c> argument as C# shows it in messages, such as <c>Shop.Logs</c>.</summary>
    private static string TypeName(object? type)
        => (type as TypeRef)?.Display ?? "null";

    /// <summary>CNS003: <paramref name="value"/>, given where a volume part is expected, is none of the workload's volumes.</summary>
    private void ReportUnknownVolume(AttributeArguments attribute, TextSpan span, object? value)
        => Report(DiagnosticDescriptors.MountOfUnknownVolume, attribute.Tree, span, TypeName(value), _type.Name, VolumeList());

    private string VolumeList()
    {
        var names = _volumeParts.Keys.Select(static v => "typeof(" + v.Name + ")").OrderBy(static v => v, StringComparer.Ordinal).ToList();
        return names.Count == 0 ? "it declares none" : string.Join(", ", names);
    }

    private static bool IsReleaseVersion(string version)
    {
        var core = version.Split(['-'], 2)[0].Split('.');
        return core.Length == 3 && core.All(static p => p.Length > 0 && p.All(static c => c is >= '0' and <= '9'));
    }
}
