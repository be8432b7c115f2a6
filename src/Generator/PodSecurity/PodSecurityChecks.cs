using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Consort.Generator.Manifest;
using Consort.Generator.Options;

namespace Consort.Generator.PodSecurity;

/// <summary>
/// The checks of the PodSecurity admission controller (<c>k8s.io/pod-security-admission</c>, <c>policy/check_*.go</c>),
/// each with the policy versions it changed at and the baseline checks it replaces at restricted, and each failing
/// with the controller's own reason and detail: a user can search for the message they saw on the cluster.
/// </summary>
internal static class PodSecurityChecks
{
    // Declared before the checks: static fields initialize in order.
    private static readonly string[] Capabilities1_0 =
        ["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"];

    private static readonly string[] SeLinuxTypes = ["", "container_t", "container_init_t", "container_kvm_t"];

    private static readonly string[] Sysctls1_0 = ["kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start"];
    private static readonly string[] Sysctls1_27 = [.. Sysctls1_0, "net.ipv4.ip_local_reserved_ports"];
    private static readonly string[] Sysctls1_29 = [.. Sysctls1_27, "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes"];
    private static readonly string[] Sysctls1_32 = [.. Sysctls1_29, "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"];

    private static readonly string[] AllowedVolumeSources = ["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret"];

    private static readonly string[] KnownVolumeSources =
    [
        "hostPath", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "nfs", "iscsi", "glusterfs", "rbd", "flexVolume", "cinder", "cephfs",
        "flocker", "fc", "azureFile", "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "portworxVolume", "scaleIO", "storageos",
    ];

    /// <summary>Every check, baseline then restricted, each group in the controller's (ordinal) order of IDs.</summary>
    public static IReadOnlyList<PodSecurityCheck> All { get; } =
    [
        new("appArmorProfile", "CNS207", Restricted: false, [new(V(1, 0), AppArmorProfile)]),
        new("capabilities_baseline", "CNS203", false, [new(V(1, 0), CapabilitiesBaseline)]),
        new("hostNamespaces", "CNS201", false, [new(V(1, 0), HostNamespaces)]),
        new("hostPathVolumes", "CNS204", false, [new(V(1, 0), HostPathVolumes)]),
        new("hostPorts", "CNS205", false, [new(V(1, 0), HostPorts)]),
        new("hostProbesAndHostLifecycle", "CNS206", false, [new(V(1, 34), HostProbesAndHostLifecycle)]),
        new("privileged", "CNS202", false, [new(V(1, 0), Privileged)]),
        new("procMount", "CNS209", false, [new(V(1, 0), ProcMount), new(V(1, 35), static pod => pod.InUserNamespace ? null : ProcMount(pod))]),
        new("seLinuxOptions", "CNS208", false, [new(V(1, 0), pod => SeLinuxOptions(pod, SeLinuxTypes)), new(V(1, 31), pod => SeLinuxOptions(pod, [.. SeLinuxTypes, "container_engine_t"]))]),
        new("seccompProfile_baseline", "CNS210", false, [new(V(1, 0), SeccompAnnotations), new(V(1, 19), SeccompBaseline)]),
        new("sysctls", "CNS211", false,
        [
            new(V(1, 0), pod => Sysctls(pod, Sysctls1_0)),
            new(V(1, 27), pod => Sysctls(pod, Sysctls1_27)),
            new(V(1, 29), pod => Sysctls(pod, Sysctls1_29)),
            new(V(1, 32), pod => Sysctls(pod, Sysctls1_32)),
        ]),
        new("windowsHostProcess", "CNS212", false, [new(V(1, 0), WindowsHostProcess)]),
        new("allowPrivilegeEscalation", "CNS214", true, [new(V(1, 8), AllowPrivilegeEscalation), new(V(1, 25), static pod => pod.IsWindows ? null : AllowPrivilegeEscalation(pod))]),
        new("capabilities_restricted", "CNS215", true,
        [
            new(V(1, 22), CapabilitiesRestricted, "capabilities_baseline"),
            new(V(1, 25), static pod => pod.IsWindows ? null : CapabilitiesRestricted(pod), "capabilities_baseline"),
        ]),
        new("procMount_restricted", "CNS219", true, [new(V(1, 35), ProcMount, "procMount")]),
        new("restrictedVolumes", "CNS213", true, [new(V(1, 0), RestrictedVolumes, "hostPathVolumes")]),
        new("runAsNonRoot", "CNS216", true, [new(V(1, 0), RunAsNonRoot), new(V(1, 35), static pod => pod.InUserNamespace ? null : RunAsNonRoot(pod))]),
        new("runAsUser", "CNS217", true, [new(V(1, 23), RunAsUser), new(V(1, 35), static pod => pod.InUserNamespace ? null : RunAsUser(pod))]),
        new("seccompProfile_restricted", "CNS218", true,
        [
            new(V(1, 19), SeccompRestricted, "seccompProfile_baseline"),
            new(V(1, 25), static pod => pod.IsWindows ? null : SeccompRestricted(pod), "seccompProfile_baseline"),
        ]),
    ];

    /// <summary>
    /// The policy version <c>latest</c> means on a server of version <paramref name="target"/>: the newest version at
    /// which a check of that server changed (1.33 → v1.32, 1.34 → v1.34, 1.35 and later → v1.35).
    /// </summary>
    public static KubernetesVersion LatestPolicy(KubernetesVersion target)
        => All.SelectMany(static c => c.Versions).Select(static v => v.Minimum).Where(v => v <= target).DefaultIfEmpty(new KubernetesVersion(1, 0)).Max();

    /// <summary>
    /// The failing checks for <paramref name="pod"/> at <paramref name="level"/> and policy <paramref name="policy"/>, in the
    /// controller's order: restricted runs the baseline checks too, but not those its own checks replace at that version.
    /// </summary>
    public static IReadOnlyList<(PodSecurityCheck Check, CheckFailure Failure)> Evaluate(PodSecurityLevel level, KubernetesVersion policy, PodView pod)
    {
        if (level == PodSecurityLevel.Privileged)
        {
            return [];
        }

        var active = All
            .Where(c => !c.Restricted || level == PodSecurityLevel.Restricted)
            .Select(c => (Check: c, Version: c.At(policy)))
            .Where(static c => c.Version is not null)
            .ToList();
        var overridden = new HashSet<string>(active.SelectMany(static c => c.Version!.Overrides), StringComparer.Ordinal);
        var failures = new List<(PodSecurityCheck, CheckFailure)>();
        foreach (var (check, version) in active)
        {
            if (!overridden.Contains(check.Id) && version!.Evaluate(pod) is { } failure)
            {
                failures.Add((check, failure));
            }
        }

        return failures;
    }

    private static KubernetesVersion V(int major, int minor) => new(major, minor);

    private static CheckFailure? HostNamespaces(PodView pod)
    {
        var set = new List<(string Text, string Field)>();
        if (pod.HostNetwork)
        {
            set.Add(("hostNetwork=true", "hostNetwork"));
        }

        if (pod.HostPID)
        {
            set.Add(("hostPID=true", "hostPID"));
        }

        if (pod.HostIPC)
        {
            set.Add(("hostIPC=true", "hostIPC"));
        }

        return set.Count == 0 ? null : new CheckFailure("host namespaces", string.Join(", ", set.Select(static s => s.Text)), [.. set.Select(static s => Offender.Pod(s.Field))]);
    }

    private static CheckFailure? Privileged(PodView pod)
    {
        var bad = pod.Containers.Where(static c => ManifestRead.Bool(ManifestRead.Get(c.SecurityContext, "privileged")) == true).ToList();
        return bad.Count == 0 ? null : new CheckFailure("privileged", $"{Containers(bad)} must not set securityContext.privileged=true", Offenders(bad, "securityContext.privileged"));
    }

    private static CheckFailure? CapabilitiesBaseline(PodView pod)
    {
        var forbidden = new SortedSet<string>(StringComparer.Ordinal);
        var bad = new List<ContainerView>();
        foreach (var container in pod.Containers)
        {
            var added = ManifestRead.Strings(ManifestRead.At(container.SecurityContext, "capabilities.add")).Where(static c => !Capabilities1_0.Contains(c)).ToList();
            if (added.Count > 0)
            {
                bad.Add(container);
                forbidden.UnionWith(added);
            }
        }

        return bad.Count == 0 ? null : new CheckFailure("non-default capabilities", $"{Containers(bad)} must not include {JoinQuote(forbidden)} in securityContext.capabilities.add", Offenders(bad, "securityContext.capabilities.add"));
    }

    private static CheckFailure? HostPathVolumes(PodView pod)
    {
        var bad = pod.Volumes.Where(static v => v.Source == "hostPath").ToList();
        return bad.Count == 0 ? null : new CheckFailure("hostPath volumes", $"{Pluralize("volume", "volumes", bad.Count)} {JoinQuote(bad.Select(static v => v.Name))}", [.. bad.Select(static v => Offender.OfVolume(v.Name))]);
    }

    private static CheckFailure? HostPorts(PodView pod)
    {
        var ports = new SortedSet<string>(StringComparer.Ordinal);
        var bad = new List<ContainerView>();
        foreach (var container in pod.Containers)
        {
            var hostPorts = ManifestRead.Items(ManifestRead.Get(container.Container, "ports")).Select(static p => ManifestRead.Integer(ManifestRead.Get(p, "hostPort")) ?? 0).Where(static p => p != 0).ToList();
            if (hostPorts.Count > 0)
            {
                bad.Add(container);
                ports.UnionWith(hostPorts.Select(static p => p.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return bad.Count == 0
            ? null
            : new CheckFailure("hostPort", $"{Containers(bad)} {Pluralize("uses", "use", bad.Count)} {Pluralize("hostPort", "hostPorts", ports.Count)} {string.Join(", ", ports)}", Offenders(bad, "ports.hostPort"));
    }

    private static readonly string[] ProbesAndHooks = ["livenessProbe", "readinessProbe", "startupProbe", "lifecycle.postStart", "lifecycle.preStop"];

    private static CheckFailure? HostProbesAndHostLifecycle(PodView pod)
    {
        var hosts = new SortedSet<string>(StringComparer.Ordinal);
        var bad = new SortedDictionary<string, ContainerView>(StringComparer.Ordinal);
        foreach (var container in pod.Containers)
        {
            foreach (var handler in ProbesAndHooks.Select(p => ManifestRead.At(container.Container, p)))
            {
                foreach (var host in new[] { ManifestRead.String(ManifestRead.At(handler, "httpGet.host")), ManifestRead.String(ManifestRead.At(handler, "tcpSocket.host")) })
                {
                    if (host is { Length: > 0 })
                    {
                        hosts.Add(host);
                        bad[container.Name] = container;
                    }
                }
            }
        }

        return bad.Count == 0
            ? null
            : new CheckFailure(
                "probe or lifecycle host",
                $"{Pluralize("container", "containers", bad.Count)} {JoinQuote(bad.Keys)} {Pluralize("uses", "use", bad.Count)} {Pluralize("probe or lifecycle host", "probe or lifecycle hosts", hosts.Count)} {JoinQuote(hosts)}",
                Offenders(bad.Values, "host"));
    }

    private static CheckFailure? AppArmorProfile(PodView pod)
    {
        var setters = new List<string>();
        var offenders = new List<Offender>();
        var values = new SortedSet<string>(StringComparer.Ordinal);
        // The fields are checked in place from server 1.30, at every policy version; before, only the annotations.
        var fields = pod.Server >= new KubernetesVersion(1, 30);
        if (fields && ManifestRead.At(pod.SecurityContext, "appArmorProfile") is { } podProfile && !IsAllowedAppArmor(ManifestRead.String(ManifestRead.Get(podProfile, "type"))))
        {
            setters.Add("pod");
            values.Add(ManifestRead.String(ManifestRead.Get(podProfile, "type")) ?? string.Empty);
            offenders.Add(Offender.Pod("securityContext.appArmorProfile"));
        }

        var bad = new List<ContainerView>();
        foreach (var container in fields ? pod.Containers : [])
        {
            if (ManifestRead.At(container.SecurityContext, "appArmorProfile") is { } profile && !IsAllowedAppArmor(ManifestRead.String(ManifestRead.Get(profile, "type"))))
            {
                bad.Add(container);
                values.Add(ManifestRead.String(ManifestRead.Get(profile, "type")) ?? string.Empty);
            }
        }

        if (bad.Count > 0)
        {
            setters.Add(Containers(bad));
            offenders.AddRange(Offenders(bad, "securityContext.appArmorProfile"));
        }

        var annotations = pod.Annotations
            .Where(static a => a.Key.StartsWith("container.apparmor.security.beta.kubernetes.io/", StringComparison.Ordinal)
                && !(a.Value.Length == 0 || a.Value == "runtime/default" || a.Value.StartsWith("localhost/", StringComparison.Ordinal)))
            .Select(static a => a.Key + "=" + GoQuote(a.Value))
            .OrderBy(static a => a, StringComparer.Ordinal)
            .ToList();
        var list = values.Concat(annotations).ToList();
        if (annotations.Count > 0)
        {
            setters.Add(Pluralize("annotation", "annotations", annotations.Count));
            offenders.Add(Offender.Pod("annotations"));
        }

        return setters.Count == 0
            ? null
            : new CheckFailure(Pluralize("forbidden AppArmor profile", "forbidden AppArmor profiles", list.Count), $"{string.Join(" and ", setters)} must not set AppArmor profile type to {JoinQuote(list)}", offenders);

        static bool IsAllowedAppArmor(string? type) => type is "RuntimeDefault" or "Localhost";
    }

    private static CheckFailure? SeLinuxOptions(PodView pod, string[] allowedTypes)
    {
        var types = new SortedSet<string>(StringComparer.Ordinal);
        var setUser = false;
        var setRole = false;
        var setters = new List<string>();
        var offenders = new List<Offender>();
        if (ManifestRead.At(pod.SecurityContext, "seLinuxOptions") is { } podOptions && !Valid(podOptions))
        {
            setters.Add("pod");
            offenders.Add(Offender.Pod("securityContext.seLinuxOptions"));
        }

        var bad = pod.Containers.Where(c => ManifestRead.At(c.SecurityContext, "seLinuxOptions") is { } options && !Valid(options)).ToList();
        if (bad.Count > 0)
        {
            setters.Add(Containers(bad));
            offenders.AddRange(Offenders(bad, "securityContext.seLinuxOptions"));
        }

        if (setters.Count == 0)
        {
            return null;
        }

        var data = new List<string>();
        if (types.Count > 0)
        {
            data.Add($"{Pluralize("type", "types", types.Count)} {JoinQuote(types)}");
        }

        if (setUser)
        {
            data.Add("user may not be set");
        }

        if (setRole)
        {
            data.Add("role may not be set");
        }

        return new CheckFailure("seLinuxOptions", $"{string.Join(" and ", setters)} set forbidden securityContext.seLinuxOptions: {string.Join("; ", data)}", offenders);

        bool Valid(Manifest.ManifestNode options)
        {
            var valid = true;
            var type = ManifestRead.String(ManifestRead.Get(options, "type")) ?? string.Empty;
            if (!allowedTypes.Contains(type))
            {
                valid = false;
                types.Add(type);
            }

            if (ManifestRead.String(ManifestRead.Get(options, "user")) is { Length: > 0 })
            {
                valid = false;
                setUser = true;
            }

            if (ManifestRead.String(ManifestRead.Get(options, "role")) is { Length: > 0 })
            {
                valid = false;
                setRole = true;
            }

            return valid;
        }
    }

    private static CheckFailure? ProcMount(PodView pod)
    {
        var types = new SortedSet<string>(StringComparer.Ordinal);
        var bad = new List<ContainerView>();
        foreach (var container in pod.Containers)
        {
            if (ManifestRead.String(ManifestRead.Get(container.SecurityContext, "procMount")) is { } type && type != "Default")
            {
                bad.Add(container);
                types.Add(type);
            }
        }

        return bad.Count == 0 ? null : new CheckFailure("procMount", $"{Containers(bad)} must not set securityContext.procMount to {JoinQuote(types)}", Offenders(bad, "securityContext.procMount"));
    }

    private static CheckFailure? SeccompAnnotations(PodView pod)
    {
        const string podKey = "seccomp.security.alpha.kubernetes.io/pod";
        const string containerPrefix = "container.seccomp.security.alpha.kubernetes.io/";
        var forbidden = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in pod.Containers.Select(static c => containerPrefix + c.Name).Prepend(podKey))
        {
            if (pod.Annotations.TryGetValue(key, out var value) && !(value is "runtime/default" or "docker/default" || value.StartsWith("localhost/", StringComparison.Ordinal)))
            {
                forbidden.Add(key + "=" + GoQuote(value));
            }
        }

        return forbidden.Count == 0 ? null : new CheckFailure("seccompProfile", $"forbidden {Pluralize("annotation", "annotations", forbidden.Count)} {string.Join(", ", forbidden)}", [Offender.Pod("annotations")]);
    }

    private static CheckFailure? SeccompBaseline(PodView pod) => Seccomp(pod, requireSet: false);

    private static CheckFailure? SeccompRestricted(PodView pod) => Seccomp(pod, requireSet: true);

    /// <summary>The seccomp checks: no <c>Unconfined</c> (baseline), and at restricted a valid profile on the pod or on every container.</summary>
    private static CheckFailure? Seccomp(PodView pod, bool requireSet)
    {
        var setters = new List<string>();
        var offenders = new List<Offender>();
        var values = new SortedSet<string>(StringComparer.Ordinal);
        var podSet = false;
        if (ManifestRead.At(pod.SecurityContext, "seccompProfile") is { } podProfile)
        {
            var type = ManifestRead.String(ManifestRead.Get(podProfile, "type")) ?? string.Empty;
            if (!IsValidSeccomp(type))
            {
                setters.Add("pod");
                values.Add(type);
                offenders.Add(Offender.Pod("securityContext.seccompProfile"));
            }
            else
            {
                podSet = true;
            }
        }

        var explicitlyBad = new List<ContainerView>();
        var implicitlyBad = new List<ContainerView>();
        foreach (var container in pod.Containers)
        {
            if (ManifestRead.At(container.SecurityContext, "seccompProfile") is { } profile)
            {
                var type = ManifestRead.String(ManifestRead.Get(profile, "type")) ?? string.Empty;
                if (!IsValidSeccomp(type))
                {
                    explicitlyBad.Add(container);
                    values.Add(type);
                }
            }
            else if (!podSet)
            {
                implicitlyBad.Add(container);
            }
        }

        if (explicitlyBad.Count > 0)
        {
            setters.Add(Containers(explicitlyBad));
            offenders.AddRange(Offenders(explicitlyBad, "securityContext.seccompProfile"));
        }

        if (setters.Count > 0)
        {
            return new CheckFailure("seccompProfile", $"{string.Join(" and ", setters)} must not set securityContext.seccompProfile.type to {JoinQuote(values)}", offenders);
        }

        return requireSet && implicitlyBad.Count > 0
            ? new CheckFailure("seccompProfile", $"pod or {Containers(implicitlyBad)} must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"", [Offender.Pod("securityContext.seccompProfile"), .. Offenders(implicitlyBad, "securityContext.seccompProfile")])
            : null;

        static bool IsValidSeccomp(string type) => type is "RuntimeDefault" or "Localhost";
    }

    private static CheckFailure? Sysctls(PodView pod, string[] allowed)
    {
        var forbidden = ManifestRead.Items(ManifestRead.Get(pod.SecurityContext, "sysctls")).Select(static s => ManifestRead.String(ManifestRead.Get(s, "name")) ?? string.Empty).Where(n => !allowed.Contains(n)).ToList();
        return forbidden.Count == 0 ? null : new CheckFailure("forbidden sysctls", string.Join(", ", forbidden), [Offender.Pod("securityContext.sysctls")]);
    }

    private static CheckFailure? WindowsHostProcess(PodView pod)
    {
        var bad = pod.Containers.Where(static c => ManifestRead.Bool(ManifestRead.At(c.SecurityContext, "windowsOptions.hostProcess")) == true).ToList();
        var setters = new List<string>();
        var offenders = new List<Offender>();
        if (ManifestRead.Bool(ManifestRead.At(pod.SecurityContext, "windowsOptions.hostProcess")) == true)
        {
            setters.Add("pod");
            offenders.Add(Offender.Pod("securityContext.windowsOptions"));
        }

        if (bad.Count > 0)
        {
            setters.Add(Containers(bad));
            offenders.AddRange(Offenders(bad, "securityContext.windowsOptions"));
        }

        return setters.Count == 0 ? null : new CheckFailure("hostProcess", $"{string.Join(" and ", setters)} must not set securityContext.windowsOptions.hostProcess=true", offenders);
    }

    private static CheckFailure? RestrictedVolumes(PodView pod)
    {
        // Image volumes are allowed in place from server 1.33, at every policy version; before, they are "unknown".
        var imageAllowed = pod.Server >= new KubernetesVersion(1, 33);
        var bad = pod.Volumes.Where(v => v.Source is null || !AllowedVolumeSources.Contains(v.Source) || (v.Source == "image" && !imageAllowed)).ToList();
        if (bad.Count == 0)
        {
            return null;
        }

        var types = new SortedSet<string>(bad.Select(static v => v.Source is { } source && KnownVolumeSources.Contains(source) ? source : "unknown"), StringComparer.Ordinal);
        return new CheckFailure(
            "restricted volume types",
            $"{Pluralize("volume", "volumes", bad.Count)} {JoinQuote(bad.Select(static v => v.Name))} {Pluralize("uses", "use", bad.Count)} {Pluralize("restricted volume type", "restricted volume types", types.Count)} {JoinQuote(types)}",
            [.. bad.Select(static v => Offender.OfVolume(v.Name))]);
    }

    private static CheckFailure? AllowPrivilegeEscalation(PodView pod)
    {
        var bad = pod.Containers.Where(static c => ManifestRead.Bool(ManifestRead.Get(c.SecurityContext, "allowPrivilegeEscalation")) != false).ToList();
        return bad.Count == 0 ? null : new CheckFailure("allowPrivilegeEscalation != false", $"{Containers(bad)} must set securityContext.allowPrivilegeEscalation=false", Offenders(bad, "securityContext.allowPrivilegeEscalation"));
    }

    private static CheckFailure? CapabilitiesRestricted(PodView pod)
    {
        var missingDrop = new List<ContainerView>();
        var adding = new List<ContainerView>();
        var forbidden = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var container in pod.Containers)
        {
            var capabilities = ManifestRead.Get(container.SecurityContext, "capabilities");
            if (capabilities is null)
            {
                missingDrop.Add(container);
                continue;
            }

            if (!ManifestRead.Strings(ManifestRead.Get(capabilities, "drop")).Contains("ALL"))
            {
                missingDrop.Add(container);
            }

            var added = ManifestRead.Strings(ManifestRead.Get(capabilities, "add")).Where(static c => c != "NET_BIND_SERVICE").ToList();
            if (added.Count > 0)
            {
                adding.Add(container);
                forbidden.UnionWith(added);
            }
        }

        var details = new List<string>();
        if (missingDrop.Count > 0)
        {
            details.Add($"{Containers(missingDrop)} must set securityContext.capabilities.drop=[\"ALL\"]");
        }

        if (adding.Count > 0)
        {
            details.Add($"{Containers(adding)} must not include {JoinQuote(forbidden)} in securityContext.capabilities.add");
        }

        return details.Count == 0
            ? null
            : new CheckFailure("unrestricted capabilities", string.Join("; ", details), [.. Offenders(missingDrop, "securityContext.capabilities.drop"), .. Offenders(adding, "securityContext.capabilities.add")]);
    }

    private static CheckFailure? RunAsNonRoot(PodView pod)
    {
        var setters = new List<string>();
        var offenders = new List<Offender>();
        var podNonRoot = false;
        switch (ManifestRead.Bool(ManifestRead.Get(pod.SecurityContext, "runAsNonRoot")))
        {
            case false:
                setters.Add("pod");
                offenders.Add(Offender.Pod("securityContext.runAsNonRoot"));
                break;
            case true:
                podNonRoot = true;
                break;
        }

        var explicitlyBad = new List<ContainerView>();
        var implicitlyBad = new List<ContainerView>();
        foreach (var container in pod.Containers)
        {
            switch (ManifestRead.Bool(ManifestRead.Get(container.SecurityContext, "runAsNonRoot")))
            {
                case false:
                    explicitlyBad.Add(container);
                    break;
                case null when !podNonRoot:
                    implicitlyBad.Add(container);
                    break;
            }
        }

        if (explicitlyBad.Count > 0)
        {
            setters.Add(Containers(explicitlyBad));
            offenders.AddRange(Offenders(explicitlyBad, "securityContext.runAsNonRoot"));
        }

        if (setters.Count > 0)
        {
            return new CheckFailure("runAsNonRoot != true", $"{string.Join(" and ", setters)} must not set securityContext.runAsNonRoot=false", offenders);
        }

        return implicitlyBad.Count == 0
            ? null
            : new CheckFailure("runAsNonRoot != true", $"pod or {Containers(implicitlyBad)} must set securityContext.runAsNonRoot=true", [Offender.Pod("securityContext.runAsNonRoot"), .. Offenders(implicitlyBad, "securityContext.runAsNonRoot")]);
    }

    private static CheckFailure? RunAsUser(PodView pod)
    {
        var setters = new List<string>();
        var offenders = new List<Offender>();
        if (ManifestRead.Integer(ManifestRead.Get(pod.SecurityContext, "runAsUser")) == 0)
        {
            setters.Add("pod");
            offenders.Add(Offender.Pod("securityContext.runAsUser"));
        }

        var bad = pod.Containers.Where(static c => ManifestRead.Integer(ManifestRead.Get(c.SecurityContext, "runAsUser")) == 0).ToList();
        if (bad.Count > 0)
        {
            setters.Add(Containers(bad));
            offenders.AddRange(Offenders(bad, "securityContext.runAsUser"));
        }

        return setters.Count == 0 ? null : new CheckFailure("runAsUser=0", $"{string.Join(" and ", setters)} must not set runAsUser=0", offenders);
    }

    /// <summary><c>container "a"</c> or <c>containers "a", "b"</c>, in the order given.</summary>
    private static string Containers(IReadOnlyCollection<ContainerView> containers)
        => Pluralize("container", "containers", containers.Count) + " " + JoinQuote(containers.Select(static c => c.Name));

    private static List<Offender> Offenders(IEnumerable<ContainerView> containers, string field) => [.. containers.Select(c => Offender.OfContainer(c.Name, field))];

    /// <summary>The controller's <c>joinQuote</c>: <c>"a", "b"</c>.</summary>
    private static string JoinQuote(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? string.Empty : "\"" + string.Join("\", \"", list) + "\"";
    }

    private static string Pluralize(string singular, string plural, int count) => count == 1 ? singular : plural;

    /// <summary>A string as Go's <c>%q</c> writes it, for the values the checks quote (annotation values).</summary>
    private static string GoQuote(string value)
    {
        var text = new System.Text.StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\a' => "\\a",
                '\b' => "\\b",
                '\f' => "\\f",
                '\v' => "\\v",
                < ' ' or '\u007f' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
