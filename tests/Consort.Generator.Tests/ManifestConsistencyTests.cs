using System.Text.RegularExpressions;
using Consort.Generated;
using k8s;
using k8s.Models;

namespace Consort.Generator.Tests;

/// <summary>
/// What the API server and the cluster's controllers need across the objects of every fixture (SPEC section 7):
/// checked on the objects themselves, as a validator run over the manifests would check them.
/// </summary>
public partial class ManifestConsistencyTests
{
    private static readonly List<(string? Namespace, IKubernetesObject Object)> All =
        [.. Manifests.All.SelectMany(static e => e.BuildAll().Select(o => (((IMetadata<V1ObjectMeta>)o).Metadata.NamespaceProperty, o)))];

    [Fact]
    public void Every_service_selects_pods_of_its_namespace_and_forwards_to_their_ports()
    {
        var services = All.Where(static o => o.Object is V1Service).ToList();
        Assert.NotEmpty(services);
        foreach (var (ns, o) in services)
        {
            var service = (V1Service)o;
            var pods = Templates().Where(t => t.Namespace == ns && service.Spec.Selector.All(l => t.Template.Metadata.Labels?.TryGetValue(l.Key, out var v) == true && v == l.Value)).ToList();
            Assert.True(pods.Count > 0, $"Service {service.Metadata.Name} selects no pod");
            foreach (var port in service.Spec.Ports ?? [])
            {
                var ports = pods.SelectMany(static p => p.Template.Spec.Containers.Concat(p.Template.Spec.InitContainers ?? []).SelectMany(static c => c.Ports ?? []));
                Assert.Contains(ports, p => p.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture) == port.TargetPort.Value);
            }
        }
    }

    [Fact]
    public void Every_configmap_is_one_the_API_server_stores()
    {
        var configMaps = All.Select(static o => o.Object).OfType<V1ConfigMap>().ToList();
        Assert.Contains(configMaps, static c => c.BinaryData is not null);
        foreach (var configMap in configMaps)
        {
            Assert.Matches(Subdomain(), configMap.Metadata.Name);
            var keys = (configMap.Data?.Keys ?? []).Concat(configMap.BinaryData?.Keys ?? []).ToList();
            Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
            Assert.All(keys, static k => Assert.Matches(ConfigMapKey(), k));
            var size = (configMap.Data ?? new Dictionary<string, string>()).Sum(static d => System.Text.Encoding.UTF8.GetByteCount(d.Key) + System.Text.Encoding.UTF8.GetByteCount(d.Value))
                + (configMap.BinaryData ?? new Dictionary<string, byte[]>()).Sum(static d => System.Text.Encoding.UTF8.GetByteCount(d.Key) + d.Value.Length);
            Assert.True(size <= 1024 * 1024);
        }
    }

    [Fact]
    public void Every_reference_to_a_shipped_configmap_names_it_as_shipped()
    {
        // A pod in the namespace of a shipped ConfigMap that names a ConfigMap with its name before the suffix would
        // name one that does not exist.
        var shipped = All.Where(static o => o.Object is V1ConfigMap).Select(static o => (o.Namespace, ((V1ConfigMap)o.Object).Metadata.Name)).ToHashSet();
        foreach (var (ns, template) in Templates())
        {
            var spec = template.Spec;
            var names = (spec.Volumes ?? []).Where(static v => v.ConfigMap is not null).Select(static v => v.ConfigMap.Name)
                .Concat(spec.Containers.SelectMany(static c => (c.EnvFrom ?? []).Where(static e => e.ConfigMapRef is not null).Select(static e => e.ConfigMapRef.Name)))
                .Concat(spec.Containers.SelectMany(static c => (c.Env ?? []).Where(static e => e.ValueFrom?.ConfigMapKeyRef is not null).Select(static e => e.ValueFrom.ConfigMapKeyRef.Name)));
            foreach (var name in names)
            {
                Assert.DoesNotContain(shipped, s => s.Namespace == ns && s.Name != name && s.Name.StartsWith(name + "-", StringComparison.Ordinal) && s.Name.Length == name.Length + 11);
            }
        }
    }

    [Fact]
    public void Every_service_address_in_an_env_value_names_a_port_of_that_service()
    {
        var services = All.Where(static o => o.Object is V1Service).Select(static o => (o.Namespace, Service: (V1Service)o.Object)).ToList();
        var checkedCount = 0;
        foreach (var (ns, template) in Templates())
        {
            foreach (var value in template.Spec.Containers.SelectMany(static c => c.Env ?? []).Select(static e => e.Value).OfType<string>())
            {
                if (Address().Match(value) is not { Success: true } match)
                {
                    continue;
                }

                var host = match.Groups["service"].Value;
                var targetNamespace = match.Groups["namespace"].Success ? match.Groups["namespace"].Value : ns;
                var target = services.Where(s => s.Service.Metadata.Name == host && s.Namespace == targetNamespace).ToList();
                if (target.Count == 0 && services.Any(s => s.Service.Metadata.Name == host))
                {
                    Assert.Fail($"'{value}' in namespace {ns} names Service {host} of another namespace without qualifying it");
                }

                if (target.Count == 1)
                {
                    Assert.Contains(target[0].Service.Spec.Ports, p => p.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) == match.Groups["port"].Value);
                    checkedCount++;
                }
            }
        }

        Assert.True(checkedCount >= 2);
    }

    [Fact]
    public void Budgets_and_autoscalers_belong_to_a_workload_of_their_namespace()
    {
        foreach (var (ns, o) in All)
        {
            switch (o)
            {
                case V1PodDisruptionBudget budget:
                    Assert.Contains(Templates(), t => t.Namespace == ns && budget.Spec.Selector.MatchLabels.All(l => t.Template.Metadata.Labels.TryGetValue(l.Key, out var v) && v == l.Value));
                    break;
                case V2HorizontalPodAutoscaler autoscaler:
                    Assert.Contains(All, w => w.Namespace == ns && w.Object.Kind == autoscaler.Spec.ScaleTargetRef.Kind && ((IMetadata<V1ObjectMeta>)w.Object).Metadata.Name == autoscaler.Spec.ScaleTargetRef.Name);
                    break;
            }
        }
    }

    private static IEnumerable<(string? Namespace, V1PodTemplateSpec Template)> Templates()
        => All.Select(static o => (o.Namespace, Template: o.Object switch
        {
            V1Deployment d => d.Spec.Template,
            V1StatefulSet s => s.Spec.Template,
            V1DaemonSet d => d.Spec.Template,
            _ => null,
        })).Where(static t => t.Template is not null)!;

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex Subdomain();

    [GeneratedRegex(@"^[-._a-zA-Z0-9]+$")]
    private static partial Regex ConfigMapKey();

    [GeneratedRegex(@"^(?:[a-z][a-z0-9+.-]*://)?(?<service>[a-z0-9-]+)(?:\.(?<namespace>[a-z0-9-]+)\.svc)?:(?<port>[0-9]+)$")]
    private static partial Regex Address();
}
