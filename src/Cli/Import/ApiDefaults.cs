using System.Collections.Generic;
using System.Linq;

namespace Consort.Cli.Import;

/// <summary>
/// Takes out of a workload the values that are the API server's defaults, and the empty values it ignores: the
/// object it stores is the same with or without them, and Consort leaves them out, as the generator does.
/// Counts what it took, so that the figures say how much of the input was defaults.
/// </summary>
internal static class ApiDefaults
{
    /// <summary>Removes defaults from a workload object (<paramref name="kind"/>: Deployment, Pod, …); returns how many scalars went.</summary>
    public static int RemoveFromWorkload(YamlMapping workload, string kind)
    {
        var removed = 0;
        var spec = workload.Mapping("spec");
        if (spec is null)
        {
            return 0;
        }

        removed += DropNulls(workload);
        if (kind is "Deployment" or "StatefulSet")
        {
            removed += Drop(spec, "replicas", 1);
        }

        if (kind == "Deployment")
        {
            removed += Drop(spec, "revisionHistoryLimit", 10) + Drop(spec, "progressDeadlineSeconds", 600);
            if (spec.Mapping("strategy") is { } strategy)
            {
                removed += Drop(strategy, "type", "RollingUpdate");
                if (strategy.Mapping("rollingUpdate") is { } rolling)
                {
                    removed += Drop(rolling, "maxSurge", "25%") + Drop(rolling, "maxUnavailable", "25%");
                    strategy.RemoveIfEmpty("rollingUpdate");
                }

                spec.RemoveIfEmpty("strategy");
            }
        }

        if (kind is "DaemonSet" or "StatefulSet")
        {
            removed += Drop(spec, "revisionHistoryLimit", 10);
            if (spec.Mapping("updateStrategy") is { } strategy)
            {
                removed += Drop(strategy, "type", "RollingUpdate");
                if (strategy.Mapping("rollingUpdate") is { } rolling)
                {
                    removed += Drop(rolling, "maxSurge", 0) + Drop(rolling, "partition", 0) + (kind == "DaemonSet" ? Drop(rolling, "maxUnavailable", 1) : 0);
                    strategy.RemoveIfEmpty("rollingUpdate");
                }

                spec.RemoveIfEmpty("updateStrategy");
            }
        }

        if (kind == "StatefulSet")
        {
            removed += Drop(spec, "podManagementPolicy", "OrderedReady");
        }

        var template = kind switch
        {
            "Pod" => null,
            "CronJob" => spec.Mapping("jobTemplate")?.Mapping("spec")?.Mapping("template"),
            _ => spec.Mapping("template"),
        };
        template?.RemoveIfEmpty("metadata");

        var pod = kind == "Pod" ? spec : template?.Mapping("spec");
        if (pod is not null)
        {
            removed += RemoveFromPod(pod, restartAlwaysIsDefault: kind is not ("Job" or "CronJob"));
        }

        return removed;
    }

    private static int RemoveFromPod(YamlMapping pod, bool restartAlwaysIsDefault)
    {
        var removed = (restartAlwaysIsDefault ? Drop(pod, "restartPolicy", "Always") : 0)
            + Drop(pod, "terminationGracePeriodSeconds", 30)
            + Drop(pod, "dnsPolicy", "ClusterFirst")
            + Drop(pod, "schedulerName", "default-scheduler");

        // serviceAccount is the deprecated spelling of serviceAccountName: the API server keeps them equal.
        if (pod.String("serviceAccount") == string.Empty)
        {
            pod.Remove("serviceAccount");
            removed++;
        }
        else if (pod.String("serviceAccount") is { } account)
        {
            var name = pod.String("serviceAccountName");
            if (name is null || name == account)
            {
                pod.Remove("serviceAccount");
                pod.Set("serviceAccountName", YamlScalarValue.String(account));
                removed += name is null ? 0 : 1;
            }
        }

        removed += DropEmpty(pod, "securityContext");
        foreach (var list in new[] { "containers", "initContainers" })
        {
            foreach (var container in pod.Sequence(list)?.Items.OfType<YamlMapping>() ?? [])
            {
                removed += RemoveFromContainer(container);
            }
        }

        foreach (var volume in pod.Sequence("volumes")?.Items.OfType<YamlMapping>() ?? [])
        {
            removed += Drop(volume.Mapping("configMap"), "defaultMode", 420) + Drop(volume.Mapping("secret"), "defaultMode", 420);
        }

        return removed;
    }

    private static int RemoveFromContainer(YamlMapping container)
    {
        var removed = Drop(container, "terminationMessagePath", "/dev/termination-log")
            + Drop(container, "terminationMessagePolicy", "File")
            + DropEmpty(container, "resources");
        if (container.String("image") is { } image)
        {
            removed += Drop(container, "imagePullPolicy", DefaultPullPolicy(image));
        }

        foreach (var port in container.Sequence("ports")?.Items.OfType<YamlMapping>() ?? [])
        {
            removed += Drop(port, "protocol", "TCP");
        }

        if (container.Mapping("securityContext") is { } security)
        {
            removed += Drop(security, "privileged", false);
            removed += DropEmpty(container, "securityContext");
        }

        foreach (var probeKey in new[] { "livenessProbe", "readinessProbe", "startupProbe" })
        {
            if (container.Mapping(probeKey) is not { } probe)
            {
                continue;
            }

            removed += Drop(probe, "timeoutSeconds", 1) + Drop(probe, "periodSeconds", 10) + Drop(probe, "successThreshold", 1)
                + Drop(probe, "failureThreshold", 3) + Drop(probe, "initialDelaySeconds", 0)
                + Drop(probe.Mapping("httpGet"), "scheme", "HTTP") + Drop(probe.Mapping("grpc"), "service", string.Empty);
        }

        foreach (var env in container.Sequence("env")?.Items.OfType<YamlMapping>() ?? [])
        {
            removed += Drop(env.Mapping("valueFrom")?.Mapping("fieldRef"), "apiVersion", "v1");
        }

        foreach (var mount in container.Sequence("volumeMounts")?.Items.OfType<YamlMapping>() ?? [])
        {
            removed += Drop(mount, "readOnly", false);
        }

        return removed;
    }

    /// <summary>
    /// The pull policy the API server sets when none is given: <c>Always</c> when the tag is <c>latest</c>, written or
    /// implied (no tag and no digest), else <c>IfNotPresent</c>; a digest does not change a written <c>latest</c>.
    /// </summary>
    public static string DefaultPullPolicy(string image)
    {
        var digest = image.IndexOf('@');
        var name = digest < 0 ? image : image[..digest];
        var lastSegment = name[(name.LastIndexOf('/') + 1)..];
        var colon = lastSegment.IndexOf(':');
        var tag = colon < 0 ? (digest < 0 ? "latest" : string.Empty) : lastSegment[(colon + 1)..];
        return tag == "latest" ? "Always" : "IfNotPresent";
    }

    private static int Drop(YamlMapping? map, string key, object? value)
    {
        if (map?[key] is not YamlScalarValue scalar)
        {
            return 0;
        }

        var matches = value switch
        {
            null => scalar.Type == ScalarType.Null,
            string s => scalar.Type == ScalarType.String && scalar.Text == s,
            bool b => scalar.Type == ScalarType.Boolean && scalar.Flag == b,
            int i => scalar.Type == ScalarType.Integer && scalar.Text == i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => false,
        };
        if (!matches)
        {
            return 0;
        }

        map.Remove(key);
        return 1;
    }

    /// <summary>Removes keys whose value is null anywhere in mappings (<c>creationTimestamp: null</c>, <c>rollingUpdate: null</c>): the API server reads them as absent.</summary>
    private static int DropNulls(YamlMapping map)
    {
        var removed = map.Entries.RemoveAll(static e => e.Value is YamlScalarValue { Type: ScalarType.Null });
        foreach (var entry in map.Entries)
        {
            switch (entry.Value)
            {
                case YamlMapping child:
                    removed += DropNulls(child);
                    break;
                case YamlSequence sequence:
                    removed += sequence.Items.OfType<YamlMapping>().Sum(DropNulls);
                    break;
            }
        }

        return removed;
    }

    private static int DropEmpty(YamlMapping map, string key)
    {
        if (map[key] is YamlMapping { IsEmpty: true } or YamlScalarValue { Type: ScalarType.Null })
        {
            map.Remove(key);
            return 1;
        }

        return 0;
    }
}
