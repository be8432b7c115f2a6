using System.Collections.Generic;
using System.Linq;
using static Consort.Cli.Import.CSharpWriter;

namespace Consort.Cli.Import;

/// <summary>
/// One container to a part: the container attribute, then ports, env, mounts, resources, probes, lifecycle hooks
/// and security context as attributes, and a <c>[Patch]</c> on the part for the rest. Lists that the patch merges
/// by key (ports, env, mounts) are typed up to the first entry no attribute can express; that entry and the
/// ones after it stay in the patch, which appends them in order.
/// </summary>
internal static class ContainerImporter
{
    private static readonly Dictionary<string, PodField> PodFields = new(System.StringComparer.Ordinal)
    {
        ["metadata.name"] = PodField.Name,
        ["metadata.namespace"] = PodField.Namespace,
        ["metadata.uid"] = PodField.Uid,
        ["spec.nodeName"] = PodField.NodeName,
        ["spec.serviceAccountName"] = PodField.ServiceAccountName,
        ["status.hostIP"] = PodField.HostIP,
        ["status.hostIPs"] = PodField.HostIPs,
        ["status.podIP"] = PodField.PodIP,
        ["status.podIPs"] = PodField.PodIPs,
    };

    /// <summary>The part for <paramref name="source"/>, or null when it cannot be one (no name or image).</summary>
    public static (ContainerPart Part, int PatchedLeaves)? Import(YamlMapping source, bool init, PartScope parts, IReadOnlyDictionary<string, string> volumes, ImportContext context, string? ns)
    {
        if (source.String("name") is not { } name || source.String("image") is not { } image)
        {
            return null;
        }

        var container = (YamlMapping)source.Clone();
        container.Remove("name");
        container.Remove("image");
        var part = parts.Add(name, PartKind.Container);
        var sidecar = init && container.String("restartPolicy") == "Always";
        if (sidecar)
        {
            container.Remove("restartPolicy");
        }

        var attribute = part.Add(sidecar ? "Sidecar" : init ? "InitContainer" : "Container").Arg(String(image));
        PartScope.NameUnlessDefault(part, attribute, name);
        Take.Strings(container, "command", v => attribute.Set("Command", Strings(v)));
        Take.Strings(container, "args", v => attribute.Set("Args", Strings(v)));
        Take.String(container, "workingDir", v => attribute.Set("WorkingDir", String(v)));
        Take.Enum<ImagePullPolicy>(container, "imagePullPolicy", v => attribute.Set("ImagePullPolicy", Enum(v)));
        Take.Enum<TerminationMessagePolicy>(container, "terminationMessagePolicy", v => attribute.Set("TerminationMessagePolicy", Enum(v)));

        var ports = Ports(container, part);
        Env(container, part, context, ns);
        EnvFrom(container, part);
        Mounts(container, part, volumes);
        Resources(container, part);
        foreach (var (key, kind) in new[] { ("livenessProbe", ProbeKind.Liveness), ("readinessProbe", ProbeKind.Readiness), ("startupProbe", ProbeKind.Startup) })
        {
            Probe(container, key, kind, part);
        }

        Lifecycle(container, part);
        SecurityContext(container, part);

        container.RemoveEmpty();
        var patched = 0;
        if (!container.IsEmpty)
        {
            part.Add("Patch").Arg(String(YamlText.WriteForAttribute(container)));
            patched = container.LeafCount;
        }

        return (new ContainerPart(part.Name, ports), patched);
    }

    private static List<(long Number, string? Name, string Protocol)> Ports(YamlMapping container, ClassText part)
    {
        var ports = new List<(long, string?, string)>();
        KeyedList.TypePrefix(container, "ports", item =>
        {
            // Two ports of one number (TCP and UDP) are two attributes; the patch, which merges ports by number, could not tell them apart.
            if (item.Integer("containerPort") is not { } number || ports.Any(p => p.Item1 == number && (p.Item3 == (item.String("protocol") ?? "TCP") || !IsPortOnly(item))))
            {
                return false;
            }

            var attribute = part.Add("Port").Arg(Integer(number));
            item.Remove("containerPort");
            var portName = item.String("name");
            Take.String(item, "name", v => attribute.Set("Name", String(v)));
            var protocol = "TCP";
            Take.Enum<Protocol>(item, "protocol", v =>
            {
                protocol = v.ToString().ToUpperInvariant();
                if (v != Protocol.Tcp)
                {
                    attribute.Set("Protocol", Enum(v));
                }
            });
            Take.Int(item, "hostPort", v => attribute.Set("HostPort", Integer(v)));
            ports.Add((number, portName, protocol));
            if (!item.IsEmpty)
            {
                item.Entries.Insert(0, new KeyValuePair<string, YamlValue>("containerPort", YamlScalarValue.FromYaml(number.ToString(System.Globalization.CultureInfo.InvariantCulture), plain: true)));
            }

            return true;
        });
        return ports;
    }

    private static bool IsPortOnly(YamlMapping port) => port.Keys.All(static k => k is "containerPort" or "name" or "protocol" or "hostPort");

    private static void Env(YamlMapping container, ClassText part, ImportContext context, string? ns)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        KeyedList.TypePrefix(container, "env", item =>
        {
            if (item.String("name") is not { } name || !seen.Add(name))
            {
                return false;
            }

            if (item.HasOnly("name", "value") && item.String("value") is { } value)
            {
                if (context.FindService(value, ns) is { } service)
                {
                    var reference = part.Add("EnvFromService").Arg(String(name)).Arg(TypeOf(service.Target.Type));
                    if (service.Port is not null)
                    {
                        reference.Set("Port", String(service.Port));
                    }

                    if (service.Scheme is not null)
                    {
                        reference.Set("Scheme", String(service.Scheme));
                    }
                }
                else
                {
                    part.Add("Env").Arg(String(name)).Arg(String(value));
                }

                item.Entries.Clear();
                return true;
            }

            if (!item.HasOnly("name", "valueFrom") || item.Mapping("valueFrom") is not { Entries.Count: 1 } from)
            {
                return false;
            }

            if (from.Mapping("fieldRef") is { } field && field.HasOnly("fieldPath") && field.String("fieldPath") is { } path)
            {
                part.Add("EnvFromField").Arg(String(name)).Arg(PodFields.TryGetValue(path, out var known) ? Enum(known) : String(path));
            }
            else if ((KeySelector(from, "secretKeyRef") ?? KeySelector(from, "configMapKeyRef")) is { } key)
            {
                var attribute = part.Add(from.Contains("secretKeyRef") ? "EnvFromSecret" : "EnvFromConfigMap").Arg(String(name)).Arg(String(key.Name)).Arg(String(key.Key));
                if (key.Optional is { } optional)
                {
                    attribute.Set("Optional", Bool(optional));
                }
            }
            else
            {
                return false;
            }

            item.Entries.Clear();
            return true;
        });
    }

    private static (string Name, string Key, bool? Optional)? KeySelector(YamlMapping from, string key)
        => from.Mapping(key) is { } selector
            && selector.Keys.All(static k => k is "name" or "key" or "optional")
            && selector.String("name") is { } name && selector.String("key") is { } selectorKey
            && (!selector.Contains("optional") || selector.Boolean("optional") is not null)
            ? (name, selectorKey, selector.Boolean("optional"))
            : null;

    /// <summary><c>envFrom</c> is replaced as a whole by a patch: attributes only when every source can be one.</summary>
    private static void EnvFrom(YamlMapping container, ClassText part)
    {
        if (container.Sequence("envFrom") is not { } sources)
        {
            return;
        }

        var attributes = new List<AttributeText>();
        foreach (var item in sources.Items)
        {
            if (item is not YamlMapping source || !source.Keys.All(static k => k is "configMapRef" or "secretRef" or "prefix") || source.Entries.Count(static e => e.Key != "prefix") != 1)
            {
                return;
            }

            var isSecret = source.Contains("secretRef");
            var reference = source.Mapping(isSecret ? "secretRef" : "configMapRef");
            if (reference is null || reference.String("name") is not { } name || !reference.Keys.All(static k => k is "name" or "optional")
                || (reference.Contains("optional") && reference.Boolean("optional") is null)
                || (source.Contains("prefix") && source.String("prefix") is null))
            {
                return;
            }

            var attribute = new AttributeText("EnvFrom").Set(isSecret ? "Secret" : "ConfigMap", String(name));
            if (source.String("prefix") is { } prefix)
            {
                attribute.Set("Prefix", String(prefix));
            }

            if (reference.Boolean("optional") is { } optional)
            {
                attribute.Set("Optional", Bool(optional));
            }

            attributes.Add(attribute);
        }

        part.Attributes.AddRange(attributes);
        container.Remove("envFrom");
    }

    private static void Mounts(YamlMapping container, ClassText part, IReadOnlyDictionary<string, string> volumes)
    {
        var paths = new HashSet<string>(System.StringComparer.Ordinal);
        KeyedList.TypePrefix(container, "volumeMounts", item =>
        {
            if (item.String("name") is not { } volume || !volumes.TryGetValue(volume, out var volumeClass)
                || item.String("mountPath") is not { } path || !paths.Add(path))
            {
                return false;
            }

            var attribute = part.Add("Mount").Arg(TypeOf(volumeClass)).Arg(String(path));
            item.Remove("name");
            item.Remove("mountPath");
            Take.Bool(item, "readOnly", v => attribute.Set("ReadOnly", Bool(v)));
            Take.String(item, "subPath", v => attribute.Set("SubPath", String(v)));
            Take.Enum<MountPropagation>(item, "mountPropagation", v => attribute.Set("MountPropagation", Enum(v)));
            if (!item.IsEmpty)
            {
                item.Entries.Insert(0, new KeyValuePair<string, YamlValue>("mountPath", YamlScalarValue.String(path)));
            }

            return true;
        });
    }

    private static void Resources(YamlMapping container, ClassText part)
    {
        if (container.Mapping("resources") is not { } resources)
        {
            return;
        }

        var attribute = new AttributeText("Resources");
        var extended = new List<AttributeText>();
        foreach (var (section, suffix) in new[] { ("requests", "Request"), ("limits", "Limit") })
        {
            if (resources.Mapping(section) is not { } quantities)
            {
                continue;
            }

            foreach (var (resource, property) in new[] { ("cpu", "Cpu"), ("memory", "Memory"), ("ephemeral-storage", "EphemeralStorage") })
            {
                // A quantity written as a number stays in the patch, where it stays a number.
                Take.String(quantities, resource, v => attribute.Set(property + suffix, String(v)));
            }

            if (section == "limits")
            {
                foreach (var (resource, value) in quantities.Entries.ToList())
                {
                    if (resource.Contains('/') && value is YamlScalarValue { Type: ScalarType.Integer } count && int.TryParse(count.Text, out var number)
                        && resources.Mapping("requests")?[resource] is null or YamlScalarValue { Type: ScalarType.Integer })
                    {
                        extended.Add(new AttributeText("ExtendedResource").Arg(String(resource)).Arg(Integer(number)));
                        quantities.Remove(resource);
                    }
                }
            }

            resources.RemoveIfEmpty(section);
        }

        if (attribute.Named.Count > 0)
        {
            part.Attributes.Add(attribute);
        }

        part.Attributes.AddRange(extended);
        container.RemoveIfEmpty("resources");
    }

    private static void Probe(YamlMapping container, string key, ProbeKind kind, ClassText part)
    {
        if (container.Mapping(key) is not { } probe)
        {
            return;
        }

        AttributeText attribute;
        var kindText = Enum(kind);
        if (probe.Mapping("httpGet") is { } http && http.String("path") is { } path && Port(http) is { } httpPort)
        {
            attribute = new AttributeText("HttpProbe").Arg(kindText).Arg(String(path)).Arg(httpPort);
            http.Remove("path");
            http.Remove("port");
            if (http.String("scheme") == "HTTPS")
            {
                http.Remove("scheme");
                attribute.Set("Https", "true");
            }

            if (http.Sequence("httpHeaders") is { } headers
                && headers.Items.All(static h => h is YamlMapping m && m.HasOnly("name", "value") && m.String("name") is not null && m.String("value") is { } v && v.Trim() == v && v.Length > 0))
            {
                attribute.Set("Headers", Strings(headers.Items.Cast<YamlMapping>().Select(static h => h.String("name") + ": " + h.String("value"))));
                http.Remove("httpHeaders");
            }

            probe.RemoveIfEmpty("httpGet");
        }
        else if (probe.Mapping("tcpSocket") is { } tcp && Port(tcp) is { } tcpPort)
        {
            attribute = new AttributeText("TcpProbe").Arg(kindText).Arg(tcpPort);
            tcp.Remove("port");
            probe.RemoveIfEmpty("tcpSocket");
        }
        else if (probe.Mapping("grpc") is { } grpc && grpc.Integer("port") is { } grpcPort)
        {
            attribute = new AttributeText("GrpcProbe").Arg(kindText).Arg(Integer(grpcPort));
            grpc.Remove("port");
            Take.String(grpc, "service", v => attribute.Set("Service", String(v)));
            probe.RemoveIfEmpty("grpc");
        }
        else if (probe.Mapping("exec") is { } exec && exec.HasOnly("command") && exec.Strings("command") is { Length: > 0 } command)
        {
            attribute = new AttributeText("ExecProbe").Arg(kindText);
            foreach (var word in command)
            {
                attribute.Arg(String(word));
            }

            probe.Remove("exec");
        }
        else
        {
            return;
        }

        foreach (var (field, property) in new[] { ("initialDelaySeconds", "InitialDelaySeconds"), ("periodSeconds", "PeriodSeconds"), ("timeoutSeconds", "TimeoutSeconds"), ("successThreshold", "SuccessThreshold"), ("failureThreshold", "FailureThreshold") })
        {
            Take.Int(probe, field, v => attribute.Set(property, Integer(v)));
        }

        part.Attributes.Add(attribute);
        container.RemoveIfEmpty(key);
    }

    /// <summary>A probe's port as the attribute takes it: a number, or a port name.</summary>
    private static string? Port(YamlMapping action) => action["port"] switch
    {
        YamlScalarValue { Type: ScalarType.Integer } number => number.Text,
        YamlScalarValue { Type: ScalarType.String } name => String(name.Text),
        _ => null,
    };

    private static void Lifecycle(YamlMapping container, ClassText part)
    {
        if (container.Mapping("lifecycle") is not { } lifecycle)
        {
            return;
        }

        foreach (var (key, name) in new[] { ("postStart", "PostStart"), ("preStop", "PreStop") })
        {
            if (lifecycle.Mapping(key) is not { Entries.Count: 1 } handler)
            {
                continue;
            }

            if (handler.Mapping("exec") is { } exec && exec.HasOnly("command") && exec.Strings("command") is { Length: > 0 } command)
            {
                var attribute = part.Add(name);
                foreach (var word in command)
                {
                    attribute.Arg(String(word));
                }

                lifecycle.Remove(key);
            }
            else if (key == "preStop" && handler.Mapping("sleep") is { } sleep && sleep.HasOnly("seconds") && sleep.Integer("seconds") is { } seconds)
            {
                part.Add(name).Set("SleepSeconds", Integer(seconds));
                lifecycle.Remove(key);
            }
        }

        container.RemoveIfEmpty("lifecycle");
    }

    private static void SecurityContext(YamlMapping container, ClassText part)
    {
        if (container.Mapping("securityContext") is not { } context)
        {
            return;
        }

        var attribute = new AttributeText("SecurityContext");
        Take.Bool(context, "runAsNonRoot", v => attribute.Set("RunAsNonRoot", Bool(v)));
        Take.Long(context, "runAsUser", v => attribute.Set("RunAsUser", Integer(v)));
        Take.Long(context, "runAsGroup", v => attribute.Set("RunAsGroup", Integer(v)));
        Take.Bool(context, "readOnlyRootFilesystem", v => attribute.Set("ReadOnlyRootFilesystem", Bool(v)));
        Take.Bool(context, "allowPrivilegeEscalation", v => attribute.Set("AllowPrivilegeEscalation", Bool(v)));
        Take.Bool(context, "privileged", v => attribute.Set("Privileged", Bool(v)));
        if (context.Mapping("capabilities") is { } capabilities)
        {
            Take.Strings(capabilities, "add", v => attribute.Set("AddCapabilities", Strings(v)));
            Take.Strings(capabilities, "drop", v => attribute.Set("DropCapabilities", Strings(v)));
            context.RemoveIfEmpty("capabilities");
        }

        PodSpecImporter.Seccomp(context, attribute);
        if (attribute.Named.Count > 0)
        {
            part.Attributes.Add(attribute);
        }

        container.RemoveIfEmpty("securityContext");
    }
}
