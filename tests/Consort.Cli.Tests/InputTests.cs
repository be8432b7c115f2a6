using Consort.Cli.Tests.Infrastructure;

namespace Consort.Cli.Tests;

/// <summary>What the importer reads (lists, empty documents, status, custom resources), the names it gives, references between workloads, and the values YAML 1.1 reads differently.</summary>
public sealed class InputTests
{
    private static string Deployment(string name, string ns = "default", string env = "", string ports = "")
        => $"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {name}
          namespace: {ns}
        spec:
          selector:
            matchLabels:
              app.kubernetes.io/name: {name}
          template:
            metadata:
              labels:
                app.kubernetes.io/name: {name}
            spec:
              containers:
                - name: main
                  image: ghcr.io/acme/{name}:1.0
        {ports}{env}
        """;

    private static string Service(string name, string ns, string target, int port)
        => $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: {name}
          namespace: {ns}
        spec:
          selector:
            app.kubernetes.io/name: {target}
          ports:
            - port: {port}
        """;

    private const string GrpcPort = "          ports:\n            - containerPort: 7070\n";

    [Fact]
    public void Lists_and_typed_lists_are_read_as_their_items_and_empty_documents_and_status_are_skipped()
    {
        var result = ImportHarness.ImportExactly("""
            ---
            ---
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                status:
                  phase: Active
            ---
            apiVersion: v1
            kind: ConfigMapList
            items:
              - apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: one
                data:
                  a: "1"
              - apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: two
                data:
                  b: "2"
            ...
            """);
        Assert.Equal(3, result.Objects);
        var set = result.File("Input");
        Assert.Contains("name: shop", set, StringComparison.Ordinal);
        Assert.DoesNotContain("status", set, StringComparison.Ordinal);
        Assert.Contains("name: one", set, StringComparison.Ordinal);
        Assert.Contains("name: two", set, StringComparison.Ordinal);
        Assert.Equal(3, result.ManifestsKept);
    }

    [Fact]
    public void Custom_resources_and_their_definitions_are_kept_as_written_in_the_manifest_set()
    {
        var result = ImportHarness.ImportExactly("""
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: widgets.acme.io
            spec:
              group: acme.io
              names:
                kind: Widget
                plural: widgets
              scope: Namespaced
              versions:
                - name: v1
                  served: true
                  storage: true
                  schema:
                    openAPIV3Schema:
                      type: object
                      x-kubernetes-preserve-unknown-fields: true
            ---
            apiVersion: acme.io/v1
            kind: Widget
            metadata:
              name: blue
            spec:
              size: 3
              colour: blue
              tags: [a, b]
            """);
        var set = result.File("Input");
        Assert.Contains("[ManifestSet(\"input\")]", set, StringComparison.Ordinal);
        Assert.Contains("kind: CustomResourceDefinition", set, StringComparison.Ordinal);
        Assert.Contains("kind: Widget", set, StringComparison.Ordinal);
        Assert.Equal(0, result.Workloads);
    }

    [Fact]
    public void Objects_of_removed_api_versions_are_reported_and_not_imported()
    {
        var result = ImportHarness.Import("""
            apiVersion: extensions/v1beta1
            kind: Deployment
            metadata:
              name: old
            spec:
              template:
                spec:
                  containers:
                    - name: main
                      image: nginx:1.27
            ---
            apiVersion: policy/v1beta1
            kind: PodDisruptionBudget
            metadata:
              name: old
            spec:
              minAvailable: 1
            """);
        Assert.True(result.HasErrors);
        Assert.Contains(result.Messages, static m => m.IsError && m.Object == "Deployment/old" && m.Text.Contains("extensions/v1beta1 Deployment is not served by the Kubernetes API Consort builds on (KubernetesClient's models); use apps/v1", StringComparison.Ordinal));
        Assert.Contains(result.Messages, static m => m.IsError && m.Object == "PodDisruptionBudget/old" && m.Text.Contains("policy/v1beta1 PodDisruptionBudget is not served by the Kubernetes API Consort builds on (KubernetesClient's models); use policy/v1", StringComparison.Ordinal));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Class_names_are_valid_unique_identifiers_whatever_the_object_names()
    {
        var result = ImportHarness.ImportExactly(
            Deployment("class") + "\n---\n" + Deployment("2048-game") + "\n---\n" + Deployment("web", "one") + "\n---\n" + Deployment("web", "two") + """
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: build
            spec:
              volumes:
                - name: build
                  emptyDir: {}
                - name: name
                  emptyDir: {}
              containers:
                - name: build
                  image: busybox:1.37
                  volumeMounts:
                    - name: build
                      mountPath: /build
                    - name: name
                      mountPath: /name
            """);
        Assert.Equal(["BuildPod.cs", "Class.cs", "Web.cs", "WebDeployment.cs", "_2048Game.cs"], result.Files.Keys.Order(StringComparer.Ordinal));
        var pod = result.File("BuildPod");
        Assert.Contains("[EmptyDirVolume(Name = \"build\")] partial class BuildVolume;", pod, StringComparison.Ordinal);
        Assert.Contains("[EmptyDirVolume(Name = \"name\")] partial class NameVolume;", pod, StringComparison.Ordinal);
        Assert.Contains("[Container(\"busybox:1.37\", Name = \"build\")]", pod, StringComparison.Ordinal);
        Assert.Contains("partial class BuildContainer;", pod, StringComparison.Ordinal);
    }

    [Fact]
    public void An_env_value_that_names_a_service_of_the_import_becomes_env_from_service()
    {
        var result = ImportHarness.ImportExactly(
            Deployment("cart", "shop", ports: GrpcPort) + "\n---\n" + Service("cartservice", "shop", "cart", 7070) + "\n---\n"
            + Deployment("payments", "pay", ports: GrpcPort) + "\n---\n" + Service("payments", "pay", "payments", 7070) + "\n---\n"
            + Deployment("frontend", "shop", env: """
                      env:
                        - name: CART_ADDR
                          value: cartservice:7070
                        - name: PAYMENTS_URL
                          value: grpc://payments.pay.svc:7070
                        - name: NOT_A_SERVICE
                          value: redis:6379
                        - name: WRONG_PORT
                          value: cartservice:8080

            """));
        var frontend = result.File("Frontend");
        Assert.Contains("[EnvFromService(\"CART_ADDR\", typeof(Cart.Cartservice))]", frontend, StringComparison.Ordinal);
        Assert.Contains("[EnvFromService(\"PAYMENTS_URL\", typeof(Payments.PaymentsService), Scheme = \"grpc\")]", frontend, StringComparison.Ordinal);
        Assert.Contains("[Env(\"NOT_A_SERVICE\", \"redis:6379\")]", frontend, StringComparison.Ordinal);
        Assert.Contains("[Env(\"WRONG_PORT\", \"cartservice:8080\")]", frontend, StringComparison.Ordinal);
    }

    [Fact]
    public void An_env_value_that_names_one_port_of_a_service_with_several_says_which()
    {
        var result = ImportHarness.ImportExactly(
            Deployment("api", "shop", ports: "          ports:\n            - containerPort: 8080\n              name: http\n            - containerPort: 9090\n              name: metrics\n")
            + "\n---\n" + """
            apiVersion: v1
            kind: Service
            metadata:
              name: api
              namespace: shop
            spec:
              selector:
                app.kubernetes.io/name: api
              ports:
                - name: http
                  port: 80
                  targetPort: 8080
                - name: metrics
                  port: 9090
                  targetPort: 9090
            """ + "\n---\n" + Deployment("web", "shop", env: "          env:\n            - name: API_URL\n              value: http://api:80\n"));
        Assert.Contains("[EnvFromService(\"API_URL\", typeof(Api.ApiService), Port = \"http\", Scheme = \"http\")]", result.File("Web"), StringComparison.Ordinal);
    }

    [Fact]
    public void Strings_that_yaml_1_1_would_read_as_something_else_stay_strings()
    {
        var result = ImportHarness.ImportExactly("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: traps
              annotations:
                enabled: "true"
                octal: "0123"
            spec:
              containers:
                - name: main
                  image: busybox:1.37
                  env:
                    - name: A_YES
                      value: "yes"
                    - name: B_OFF
                      value: "off"
                    - name: C_EXP
                      value: "1e3"
                    - name: D_TIME
                      value: "12:30:45"
                    - name: E_NULL
                      value: "null"
                    - name: F_EMPTY
                      value: ""
                    - name: G_TILDE
                      value: "~"
            """);
        var csharp = result.CSharp();
        foreach (var expected in new[] { "[Env(\"A_YES\", \"yes\")]", "[Env(\"B_OFF\", \"off\")]", "[Env(\"C_EXP\", \"1e3\")]", "[Env(\"D_TIME\", \"12:30:45\")]", "[Env(\"E_NULL\", \"null\")]", "[Env(\"F_EMPTY\", \"\")]", "[Env(\"G_TILDE\", \"~\")]", "[Annotation(\"enabled\", \"true\")]", "[Annotation(\"octal\", \"0123\")]" })
        {
            Assert.Contains(expected, csharp, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Merge_keys_and_explicit_tags_are_read_as_the_api_server_reads_them()
    {
        var csharp = ImportHarness.ImportExactly("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: tagged
            spec:
              containers:
                - name: main
                  image: busybox:1.37
                  env:
                    - name: PORT
                      value: !!str 8080
                  readinessProbe: &probe
                    tcpSocket:
                      port: 8080
                  livenessProbe:
                    <<: *probe
                    periodSeconds: 20
            """).CSharp();
        Assert.Contains("[Env(\"PORT\", \"8080\")]", csharp, StringComparison.Ordinal);
        Assert.Contains("[TcpProbe(ProbeKind.Readiness, 8080)]", csharp, StringComparison.Ordinal);
        Assert.Contains("[TcpProbe(ProbeKind.Liveness, 8080, PeriodSeconds = 20)]", csharp, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_pull_policy_is_kept_unless_it_is_the_one_the_api_server_would_set()
    {
        var csharp = ImportHarness.ImportExactly("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: pulls
            spec:
              containers:
                - name: pinned
                  image: nginx:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000
                  imagePullPolicy: IfNotPresent
                - name: digest
                  image: nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000
                  imagePullPolicy: IfNotPresent
            """).CSharp();
        Assert.Contains("[Container(\"nginx:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000\", ImagePullPolicy = ImagePullPolicy.IfNotPresent)]", csharp, StringComparison.Ordinal);
        Assert.Contains("[Container(\"nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000\")]", csharp, StringComparison.Ordinal);
    }

    [Fact]
    public void A_native_sidecar_after_an_init_container_stays_in_the_patch_so_that_the_order_holds()
    {
        var result = ImportHarness.ImportExactly("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: ordered
            spec:
              initContainers:
                - name: migrate
                  image: busybox:1.37
                - name: proxy
                  image: envoyproxy/envoy:v1.31.0
                  restartPolicy: Always
              containers:
                - name: main
                  image: busybox:1.37
            """);
        var csharp = result.CSharp();
        Assert.Contains("[InitContainer(\"busybox:1.37\")] partial class Migrate;", csharp, StringComparison.Ordinal);
        Assert.DoesNotContain("[Sidecar(", csharp, StringComparison.Ordinal);
        Assert.Contains("restartPolicy: Always", csharp, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_the_api_server_reads_as_another_type_is_reported_with_the_object_and_field()
    {
        var result = ImportHarness.Import("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: traps
            spec:
              containers:
                - name: main
                  image: busybox:1.37
                  env:
                    - name: DEBUG
                      value: yes
            """);
        Assert.True(result.HasErrors);
        var error = Assert.Single(result.Messages, static m => m.IsError);
        Assert.Equal("Pod/traps", error.Object);
        Assert.Contains("'yes'", error.Text, StringComparison.Ordinal);
        Assert.Contains("value", error.Text, StringComparison.Ordinal);
        Assert.Equal(0, result.Equal);
    }
}
