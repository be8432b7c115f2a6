using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Helpers;
using Consort.Generator.Model;
using static Consort.Generator.Manifest.ManifestTree;

namespace Consort.Generator.Manifest;

/// <summary>Turns one <see cref="ContainerSpec"/> into a <c>V1Container</c> node, in the key order of a hand-written manifest.</summary>
internal static class ContainerLowering
{
    public static ObjectNode Container(ContainerSpec container, bool isNativeSidecar)
        => PatchMerge.Apply(Declared(container, isNativeSidecar), container.Patches);

    private static ObjectNode Declared(ContainerSpec container, bool isNativeSidecar)
        => Object(
            "V1Container",
            Field("name", String(container.Name)),
            Field("image", String(container.Image)),
            Field("restartPolicy", String(isNativeSidecar ? "Always" : null)),
            Field("command", Strings(container.Command)),
            Field("args", Strings(container.Args)),
            Field("workingDir", String(container.WorkingDir)),
            Field("imagePullPolicy", String(container.ImagePullPolicy?.ToString())),
            Field("ports", List(container.Ports, Port)),
            Field("env", List(container.Env, EnvVar)),
            Field("envFrom", List(container.EnvFrom, EnvFrom)),
            Field("resources", Resources(container.Resources)),
            Field("volumeMounts", List(container.Mounts, Mount)),
            Field("livenessProbe", Probe(container.Probes, ProbeKind.Liveness)),
            Field("readinessProbe", Probe(container.Probes, ProbeKind.Readiness)),
            Field("startupProbe", Probe(container.Probes, ProbeKind.Startup)),
            Field("lifecycle", container.Lifecycle is { } lifecycle
                ? Object("V1Lifecycle", Field("postStart", Hook(lifecycle.PostStart)), Field("preStop", Hook(lifecycle.PreStop)))
                : null),
            Field("securityContext", SecurityContext(container.SecurityContext)),
            Field("terminationMessagePolicy", String(container.TerminationMessagePolicy?.ToString())));

    private static ObjectNode? Hook(HookSpec? hook)
        => hook is null
            ? null
            : Object(
                "V1LifecycleHandler",
                Field("exec", hook.Command is { } command ? Object("V1ExecAction", Field("command", Strings(command))) : null),
                Field("sleep", hook.SleepSeconds is { } seconds ? Object("V1SleepAction", Field("seconds", Integer(seconds))) : null));

    private static ObjectNode EnvFrom(EnvFromSpec source)
    {
        var reference = Object(source.IsSecret ? "V1SecretEnvSource" : "V1ConfigMapEnvSource", Field("name", String(source.Name)), Field("optional", Boolean(source.Optional)));
        return Object(
            "V1EnvFromSource",
            Field(source.IsSecret ? "secretRef" : "configMapRef", reference),
            Field("prefix", String(source.Prefix)));
    }

    private static ObjectNode Port(PortSpec port)
        => Object(
            "V1ContainerPort",
            Field("name", String(port.Name)),
            Field("containerPort", Integer(port.Number)),
            Field("hostPort", Integer(port.HostPort)),
            Field("protocol", String(port.Protocol == Protocol.Tcp ? null : port.Protocol.ToString().ToUpperInvariant())));

    private static ObjectNode EnvVar(EnvVarSpec env)
    {
        var valueFrom = env.Source switch
        {
            EnvSource.Field => Object("V1EnvVarSource", Field("fieldRef", Object("V1ObjectFieldSelector", Field("fieldPath", String(env.Value))))),
            EnvSource.Secret => Object("V1EnvVarSource", Field("secretKeyRef", Object("V1SecretKeySelector", Field("name", String(env.ObjectName)), Field("key", String(env.Key)), Field("optional", Boolean(env.Optional))))),
            EnvSource.ResourceField => Object("V1EnvVarSource", Field("resourceFieldRef", Object("V1ResourceFieldSelector", Field("resource", String(env.Value)), Field("divisor", Quantity(env.Key))))),
            EnvSource.ConfigMap => Object("V1EnvVarSource", Field("configMapKeyRef", Object("V1ConfigMapKeySelector", Field("name", String(env.ObjectName)), Field("key", String(env.Key)), Field("optional", Boolean(env.Optional))))),
            _ => null,
        };
        return Object(
            "V1EnvVar",
            Field("name", String(env.Name)),
            Field("value", String(env.Source == EnvSource.Literal ? env.Value : null)),
            Field("valueFrom", valueFrom));
    }

    private static ObjectNode? Resources(ResourcesSpec? resources)
    {
        if (resources is null)
        {
            return null;
        }

        var requests = Map([Entry("cpu", resources.CpuRequest), Entry("memory", resources.MemoryRequest), Entry("ephemeral-storage", resources.EphemeralStorageRequest)]);
        var limits = resources.Extended.IsEmpty
            ? Map([Entry("cpu", resources.CpuLimit), Entry("memory", resources.MemoryLimit), Entry("ephemeral-storage", resources.EphemeralStorageLimit)])
            : Map([
                Entry("cpu", resources.CpuLimit),
                Entry("memory", resources.MemoryLimit),
                Entry("ephemeral-storage", resources.EphemeralStorageLimit),
                .. resources.Extended.Select(static e => new KeyValuePair<string, ManifestNode?>(e.Key, Count(e.Value)))]);
        return requests is null && limits is null
            ? null
            : Object("V1ResourceRequirements", Field("requests", requests), Field("limits", limits));

        static KeyValuePair<string, ManifestNode?> Entry(string resource, string? quantity) => new(resource, Quantity(quantity));

        // An extended resource is counted in whole devices: written as the number it is, as manifests write it.
        static ManifestNode? Count(string count) => long.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? Integer(number) : Quantity(count);
    }

    private static ObjectNode Mount(MountSpec mount)
        => Object(
            "V1VolumeMount",
            Field("name", String(mount.VolumeName)),
            Field("mountPath", String(mount.MountPath)),
            Field("readOnly", Boolean(mount.ReadOnly)),
            Field("subPath", String(mount.SubPath)),
            Field("mountPropagation", String(mount.MountPropagation?.ToString())));

    private static ObjectNode? Probe(EquatableArray<ProbeSpec> probes, ProbeKind kind)
    {
        // The last one of the kind wins (a preset's defaults come first, the user's after them).
        ProbeSpec? probe = null;
        foreach (var candidate in probes.AsImmutableArray())
        {
            probe = candidate.Kind == kind ? candidate : probe;
        }

        if (probe is null)
        {
            return null;
        }

        var action = probe.Action switch
        {
            ProbeAction.Http => Field("httpGet", Object(
                "V1HTTPGetAction",
                Field("path", String(probe.Path)),
                Field("port", IntOrString(probe.PortNumber, probe.PortName)),
                Field("scheme", String(probe.Https ? "HTTPS" : null)),
                Field("httpHeaders", List(probe.Headers, static h => Object("V1HTTPHeader", Field("name", String(h.Name)), Field("value", String(h.Value))))))),
            ProbeAction.Grpc => Field("grpc", Object("V1GRPCAction", Field("port", Integer(probe.PortNumber)), Field("service", String(probe.GrpcService)))),
            ProbeAction.Tcp => Field("tcpSocket", Object("V1TCPSocketAction", Field("port", IntOrString(probe.PortNumber, probe.PortName)))),
            _ => Field("exec", Object("V1ExecAction", Field("command", Strings(probe.Command)))),
        };
        var timing = probe.Timing;
        return Object(
            "V1Probe",
            action,
            Field("initialDelaySeconds", Integer(timing.InitialDelaySeconds)),
            Field("periodSeconds", Integer(timing.PeriodSeconds)),
            Field("timeoutSeconds", Integer(timing.TimeoutSeconds)),
            Field("successThreshold", Integer(timing.SuccessThreshold)),
            Field("failureThreshold", Integer(timing.FailureThreshold)));
    }

    private static ObjectNode? SecurityContext(SecurityContextSpec? context)
    {
        if (context is null)
        {
            return null;
        }

        var add = Strings(context.AddCapabilities);
        var drop = Strings(context.DropCapabilities);
        return Object(
            "V1SecurityContext",
            Field("runAsNonRoot", Boolean(context.RunAsNonRoot)),
            Field("runAsUser", Integer(context.RunAsUser)),
            Field("runAsGroup", Integer(context.RunAsGroup)),
            Field("readOnlyRootFilesystem", Boolean(context.ReadOnlyRootFilesystem)),
            Field("allowPrivilegeEscalation", Boolean(context.AllowPrivilegeEscalation)),
            Field("privileged", Boolean(context.Privileged)),
            Field("capabilities", add is null && drop is null ? null : Object("V1Capabilities", Field("add", add), Field("drop", drop))),
            Field("seccompProfile", Seccomp(context.Seccomp)));
    }

    /// <summary>A pod's or container's <c>seccompProfile</c>.</summary>
    public static ObjectNode? Seccomp(SeccompSpec? seccomp)
        => seccomp is null
            ? null
            : Object("V1SeccompProfile", Field("type", String(seccomp.Type.ToString())), Field("localhostProfile", String(seccomp.LocalhostProfile)));
}
