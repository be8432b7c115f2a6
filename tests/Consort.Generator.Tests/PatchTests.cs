using Consort.Generator.Tests.Infrastructure;
using Consort.Kubernetes;
using k8s;
using k8s.Models;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Tests;

/// <summary>SPEC 8.2: <c>[Patch]</c>, <c>[Manifest]</c> and <c>[ManifestSet]</c>, merged and checked at compile time.</summary>
public class PatchTests
{
    private const string Container = """"[Container("ghcr.io/acme/shop:1.4.2", Args = ["serve"])] [Port(8080, Name = "http")] [Env("MODE", "prod")] [Resources(CpuRequest = "10m", MemoryLimit = "64Mi")]"""";

    private static string Shop(string workloadPatches, string containerPatches = "")
        => $$""""
            using Consort;
            namespace Demo;
            [Deployment("shop", Replicas = 2)]
            {{workloadPatches}}
            public partial class Shop
            {
                [EmptyDirVolume] partial class Scratch;

                {{Container}}
                [Mount(typeof(Scratch), "/tmp")]
                {{containerPatches}}
                partial class Api;
            }
            """";

    private static (V1Deployment Deployment, string Yaml) Built(string source)
    {
        var outcome = GeneratorHarness.Run(source);
        Assert.Empty(outcome.Errors);
        Assert.Empty(outcome.CompilationProblems);
        var (type, yaml) = outcome.LoadWorkloads().Single();
        var built = (V1Deployment)type.GetMethod("Build")!.Invoke(null, null)!;
        KubernetesAssert.Equal(built, KubernetesYaml.Deserialize<V1Deployment>(yaml, strict: true));
        return (built, yaml);
    }

    [Fact]
    public void A_workload_patch_adds_fields_that_have_no_attribute()
    {
        var (deployment, yaml) = Built(Shop(""""
            [Patch("""
                spec:
                  template:
                    spec:
                      hostAliases:
                        - ip: "10.0.0.1"
                          hostnames: [legacy.local]
                """)]
            """"));
        var alias = deployment.Spec.Template.Spec.HostAliases.Single();
        Assert.Equal(("10.0.0.1", "legacy.local"), (alias.Ip, alias.Hostnames.Single()));
        Assert.Contains("      hostAliases:\n        - ip: \"10.0.0.1\"\n          hostnames:\n            - legacy.local\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_container_patch_merges_into_that_container()
    {
        var (deployment, _) = Built(Shop(string.Empty, """"[Patch("stdin: true\ntty: true")]""""));
        var api = deployment.Spec.Template.Spec.Containers.Single();
        Assert.True(api.Stdin);
        Assert.True(api.Tty);
        Assert.Equal("ghcr.io/acme/shop:1.4.2", api.Image);
    }

    [Fact]
    public void Keyed_lists_merge_by_key_other_lists_are_replaced_and_null_removes_a_field()
    {
        var (deployment, _) = Built(Shop(""""
            [Patch("""
                spec:
                  replicas: null
                  template:
                    spec:
                      containers:
                        - name: api
                          args: [serve, --verbose]
                          env:
                            - name: MODE
                              value: canary
                            - name: EXTRA
                              value: "1"
                          ports:
                            - containerPort: 8080
                              protocol: TCP
                            - containerPort: 9090
                          volumeMounts:
                            - mountPath: /tmp
                              readOnly: true
                        - name: helper
                          image: busybox:1.37
                """)]
            """"));
        Assert.Null(deployment.Spec.Replicas);
        var containers = deployment.Spec.Template.Spec.Containers;
        Assert.Equal(["api", "helper"], containers.Select(static c => c.Name));
        var api = containers[0];
        Assert.Equal("ghcr.io/acme/shop:1.4.2", api.Image);
        Assert.Equal(["serve", "--verbose"], api.Args);
        Assert.Equal([("MODE", "canary"), ("EXTRA", "1")], api.Env.Select(static e => (e.Name, e.Value)));
        Assert.Equal([(8080, "http"), (9090, null)], api.Ports.Select(static p => (p.ContainerPort, (string?)p.Name)));
        Assert.Equal(("scratch", true), (api.VolumeMounts.Single().Name, api.VolumeMounts.Single().ReadOnlyProperty));
    }

    [Fact]
    public void Patches_apply_in_declaration_order()
    {
        var (deployment, _) = Built(Shop(""""[Patch("spec: {minReadySeconds: 5}")] [Patch("spec: {minReadySeconds: 7}")]""""));
        Assert.Equal(7, deployment.Spec.MinReadySeconds);
    }

    [Theory]
    [InlineData(""""
        [Patch("""
            spec:
              [|replcas|]: 3
            """)]
        """", "CNS017", "'replcas' is not a field of V1DeploymentSpec; did you mean 'replicas'?")]
    [InlineData(""""
        [Patch("""
            spec:
              template:
                spec:
                  [|hostAlias|]:
                    - ip: 10.0.0.1
            """)]
        """", "CNS017", "did you mean 'hostAliases'?")]
    [InlineData(""""
        [Patch("""
            spec:
              replicas: [|"3"|]
            """)]
        """", "CNS018", "'replicas' of V1DeploymentSpec must be an integer, not the string \"3\"")]
    [InlineData(""""
        [Patch("""
            metadata:
              annotations:
                approved: [|yes|]
            """)]
        """", "CNS018", "Kubernetes reads 'yes' as the boolean true; quote it")]
    [InlineData(""""[Patch("spec:\n  template:\n    metadata:\n      labels:\n        [|tier!|]: web")]"""", "CNS008", "Label key 'tier!' is invalid")]
    [InlineData(""""[Patch("spec:\n  paused: [|maybe|]")]"""", "CNS018", "must be true or false")]
    [InlineData(""""
        [Patch("""
            spec:
              template:
                spec:
                  containers:
                    - name: [|Side_Car|]
                      image: busybox:1.37
            """)]
        """", "CNS001", "Container name 'Side_Car' is not a valid Kubernetes name")]
    [InlineData(""""
        [Patch("""
            metadata:
              [|name|]: other
            """)]
        """", "CNS021", "set it on the workload attribute")]
    [InlineData(""""[Patch("spec:\n  replicas: 2\n [|-|] x")]"""", "CNS016", "not valid YAML")]
    [InlineData(""""[Patch("[|-|] just a list")]"""", "CNS016", "must be a YAML mapping")]
    public void A_problem_in_a_workload_patch_is_reported_where_it_is_in_the_string(string patch, string id, string message)
    {
        var marked = Shop(patch);
        var diagnostic = DiagnosticAssert.Single(marked, id);
        Assert.Contains(message, diagnostic.Message(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(""""[Patch("spec:\n  template:\n    spec:\n      initContainers:\n        - name: [|api|]\n          image: busybox:1.37")]"""", "the app container 'api'")]
    [InlineData(""""[Patch("spec:\n  template:\n    spec:\n      containers:\n        - name: [|tail|]\n          image: busybox:1.37")]"""", "the sidecar 'tail'")]
    public void CNS002_a_workload_patch_that_would_declare_a_container_twice(string patch, string message)
    {
        var source = Shop(patch).Replace("partial class Api;", """"partial class Api; [Sidecar("busybox:1.37")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Tail;"""", StringComparison.Ordinal);
        Assert.Contains(message, DiagnosticAssert.Single(source, "CNS002").Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void CNS021_a_container_patch_cannot_rename_its_container()
        => DiagnosticAssert.Single(Shop(string.Empty, """"[Patch("[|name|]: other")]""""), "CNS021");

    [Theory]
    [InlineData(""""[Patch("ports:\n  - containerPort: [|70000|]")]"""", "CNS004")]
    [InlineData(""""[Patch("volumeMounts:\n  - name: scratch\n    mountPath: [|tmp2|]")]"""", "CNS005")]
    [InlineData(""""[Patch("env:\n  - name: [|\"1BAD=\"|]\n    value: x")]"""", "CNS006")]
    [InlineData(""""[Patch("resources:\n  limits:\n    cpu: [|lots|]")]"""", "CNS007")]
    [InlineData(""""[Patch("workingDir: [|1.5|]")]"""", "CNS018")]
    [InlineData(""""[Patch("[|stdn|]: true")]"""", "CNS017")]
    public void A_container_patch_obeys_the_rules_the_attributes_obey(string patch, string id)
        => DiagnosticAssert.Single(Shop(string.Empty, patch), id);

    [Fact]
    public void A_problem_in_a_regular_string_literal_is_mapped_through_its_escapes()
    {
        var diagnostic = DiagnosticAssert.Single(Shop(string.Empty, """"[Patch("stdin: true\n\"tty\": true\n[|stdinOnce2|]: true")]""""), "CNS017");
        Assert.Contains("did you mean 'stdinOnce'?", diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_of_a_known_kind_is_checked_and_built_as_its_model()
    {
        var source = Shop(""""
            [Manifest("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: shop-deny-all
                spec:
                  podSelector: {}
                  policyTypes: [Ingress]
                """)]
            """");
        var outcome = GeneratorHarness.Run(source);
        Assert.Empty(outcome.Errors);
        var assembly = outcome.Load();
        var all = (IReadOnlyList<IKubernetesObject>)assembly.GetType("Demo.Shop")!.GetMethod("BuildAll")!.Invoke(null, null)!;
        var policy = Assert.IsType<V1NetworkPolicy>(all[1]);
        Assert.Equal(["Ingress"], policy.Spec.PolicyTypes);
        Assert.Empty(policy.Spec.PodSelector.MatchLabels ?? new Dictionary<string, string>());
        var yaml = outcome.LoadWorkloads().Single().Yaml;
        KubernetesAssert.AllEqual([.. all], KubernetesYaml.LoadAllFromString(yaml, strict: true));
    }

    [Fact]
    public void A_manifest_field_its_model_does_not_have_is_reported()
        => DiagnosticAssert.Single(
            Shop(""""
                [Manifest("""
                    apiVersion: v1
                    kind: ServiceAccount
                    metadata:
                      name: shop
                    [|automount|]: false
                    """)]
                """"),
            "CNS017");

    [Theory]
    [InlineData("""[Patch("env:\n  - name: [|1ST_SETTING|]\n    value: x")]""")]
    [InlineData("""[Patch("envFrom:\n  - prefix: [|9X_|]\n    configMapRef:\n      name: shop")]""")]
    public void A_patched_environment_name_that_only_Kubernetes_1_34_accepts_is_reported_for_older_targets(string patch)
    {
        DiagnosticAssert.Single(Shop(string.Empty, patch), "CNS006", kubernetesVersion: "1.33");
        Assert.Empty(GeneratorHarness.Run(Shop(string.Empty, patch.Replace("[|", string.Empty).Replace("|]", string.Empty)), kubernetesVersion: "1.34").Errors);
    }

    [Theory]
    [InlineData("rbac.authorization.k8s.io/v1", "ClusterRole", "system:shop-reader")]
    [InlineData("rbac.authorization.k8s.io/v1", "RoleBinding", "Shop_Readers")]
    [InlineData("v1", "ConfigMap", "shop.settings")]
    public void A_manifest_name_follows_the_rule_of_its_kind(string apiVersion, string kind, string name)
        => Assert.Empty(GeneratorHarness.Run(Shop($$""""[Manifest("apiVersion: {{apiVersion}}\nkind: {{kind}}\nmetadata:\n  name: {{name}}")]"""")).Errors);

    [Theory]
    [InlineData("rbac.authorization.k8s.io/v1", "ClusterRole", "shop/reader")]
    [InlineData("v1", "Service", "shop.web")]
    [InlineData("v1", "Service", "1shop")]
    [InlineData("v1", "Namespace", "shop.prod")]
    [InlineData("v1", "ConfigMap", "Shop")]
    public void A_manifest_name_its_kind_does_not_allow_is_CNS001(string apiVersion, string kind, string name)
        => DiagnosticAssert.Single(Shop($$""""[Manifest("[|apiVersion: {{apiVersion}}\nkind: {{kind}}\nmetadata:\n  name: {{name}}|]")]""""), "CNS001");

    [Fact]
    public void A_duplicate_key_in_a_manifest_of_a_known_kind_is_reported_once()
        => DiagnosticAssert.Single(Shop(""""[Manifest("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: shop\nautomountServiceAccountToken: true\n[|automountServiceAccountToken|]: false")]""""), "CNS016");

    [Fact]
    public void A_manifest_without_a_kind_is_reported()
        => DiagnosticAssert.Single(Shop(""""[Manifest("[|apiVersion: v1\nmetadata:\n  name: x|]")]""""), "CNS018");

    [Fact]
    public void A_custom_resource_is_kept_as_written()
    {
        var source = Shop(""""
            [Manifest("""
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: shop
                spec:
                  endpoints:
                    - port: http
                      interval: 30s
                  matrix:
                    - [1, 2]
                    - []
                """)]
            """");
        var outcome = GeneratorHarness.Run(source);
        Assert.Empty(outcome.Errors);
        var yaml = outcome.LoadWorkloads().Single().Yaml;
        Assert.Contains("kind: ServiceMonitor\nmetadata:\n  name: shop\nspec:\n  endpoints:\n    - port: http\n      interval: \"30s\"\n  matrix:\n    - - 1\n      - 2\n    - []\n", yaml, StringComparison.Ordinal);
        var all = (IReadOnlyList<IKubernetesObject>)outcome.Load().GetType("Demo.Shop")!.GetMethod("BuildAll")!.Invoke(null, null)!;
        var monitor = Assert.IsType<CustomResource>(all[1]);
        Assert.Equal(("monitoring.coreos.com/v1", "ServiceMonitor", "shop"), (monitor.ApiVersion, monitor.Kind, monitor.Metadata.Name));
        Assert.Equal("30s", monitor.Fields["spec"].GetProperty("endpoints")[0].GetProperty("interval").GetString());
    }

    [Fact]
    public void A_manifest_set_holds_objects_that_belong_to_no_workload()
    {
        var outcome = GeneratorHarness.Run(""""
            using Consort;
            namespace Demo;
            [ManifestSet("cluster-setup")]
            [Manifest("""
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                """)]
            [Manifest("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: shop-reader
                rules:
                  - apiGroups: [""]
                    resources: [pods]
                    verbs: [get, list]
                """)]
            public partial class ClusterSetup;
            """");
        Assert.Empty(outcome.Errors);
        Assert.Empty(outcome.CompilationProblems);
        var source = outcome.Source("Demo.ClusterSetup.g.cs");
        Assert.Contains("\"Consort.Manifest:cluster-setup.yaml\"", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Build()", source, StringComparison.Ordinal);
        var type = outcome.Load().GetType("Demo.ClusterSetup")!;
        var all = (IReadOnlyList<IKubernetesObject>)type.GetMethod("BuildAll")!.Invoke(null, null)!;
        Assert.Equal([typeof(V1Namespace), typeof(V1ClusterRole)], all.Select(static o => o.GetType()));
        KubernetesAssert.AllEqual([.. all], KubernetesYaml.LoadAllFromString((string)type.GetField("Yaml")!.GetRawConstantValue()!, strict: true));
    }

    [Fact]
    public void A_manifest_set_needs_manifests()
        => DiagnosticAssert.Single("using Consort;\n[[|ManifestSet|](\"empty\")] public partial class Empty;", "CNS015");

    [Fact]
    public void Without_KubernetesClient_patches_are_merged_as_written()
    {
        var source = Shop(""""[Patch("spec:\n  paused: true")]"""");
        var references = Benchmarks.ConsortCompilation.References.Where(static r => Path.GetFileNameWithoutExtension(r.Display) is not ("Consort.Kubernetes" or "KubernetesClient"));
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("NoClient", [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions)], references, new(OutputKind.DynamicallyLinkedLibrary));
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Contains("  paused: true\n", output.SyntaxTrees.Last().ToString(), StringComparison.Ordinal);
    }
}
