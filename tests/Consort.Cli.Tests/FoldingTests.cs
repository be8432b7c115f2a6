using Consort.Cli.Tests.Infrastructure;

namespace Consort.Cli.Tests;

/// <summary>Objects that belong to one workload become its parts; objects that belong to several, or to none, do not.</summary>
public sealed class FoldingTests
{
    private const string Api = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: shop
        spec:
          selector:
            matchLabels:
              app.kubernetes.io/name: api
          template:
            metadata:
              labels:
                app.kubernetes.io/name: api
            spec:
              serviceAccountName: api
              containers:
                - name: server
                  image: ghcr.io/acme/api:1.0
                  ports:
                    - containerPort: 8080
                      name: http
                    - containerPort: 9090
                      name: metrics
                  envFrom:
                    - configMapRef:
                        name: api-settings
                  resources:
                    requests:
                      cpu: 100m
        """;

    [Fact]
    public void A_service_that_selects_the_workload_becomes_a_service_part_with_typed_ports()
    {
        var result = ImportHarness.ImportExactly(Api + """

            ---
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
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: api-headless
              namespace: shop
            spec:
              clusterIP: None
              selector:
                app.kubernetes.io/name: api
              ports:
                - name: http
                  port: 8080
            """);
        var csharp = result.File("Api");
        Assert.Contains("""
                [Service(Name = "api")]
                [ServicePort(80, typeof(Server), "http")]
                [ServicePort(9090, typeof(Server), "metrics")]
                partial class ApiService;
            """, csharp, StringComparison.Ordinal);
        Assert.Contains("""
                [Service(Type = ServiceType.Headless)]
                [ServicePort(8080, typeof(Server), "http")]
                partial class ApiHeadless;
            """, csharp, StringComparison.Ordinal);
        Assert.Equal(2, result.PartsFolded);
        Assert.Single(result.Files);
    }

    [Fact]
    public void A_node_port_service_keeps_its_type_and_node_port()
    {
        var result = ImportHarness.ImportExactly(Api + """

            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: api-public
              namespace: shop
            spec:
              type: NodePort
              selector:
                app.kubernetes.io/name: api
              ports:
                - name: web
                  port: 80
                  targetPort: 8080
                  nodePort: 30080
            """);
        Assert.Contains("""
                [Service(Type = ServiceType.NodePort)]
                [ServicePort(80, typeof(Server), "http", Name = "web", NodePort = 30080)]
                partial class ApiPublic;
            """, result.File("Api"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_load_balancer_keeps_its_protocols_and_publishing_of_unready_pods()
    {
        var result = ImportHarness.ImportExactly(Api.Replace("""
                        - containerPort: 9090
                          name: metrics
            """, """
                        - containerPort: 9090
                          name: metrics
                        - containerPort: 5353
                          name: dns
                          protocol: UDP
            """, StringComparison.Ordinal) + """

            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: api-dns
              namespace: shop
            spec:
              type: LoadBalancer
              publishNotReadyAddresses: true
              selector:
                app.kubernetes.io/name: api
              ports:
                - name: dns
                  port: 53
                  targetPort: 5353
                  protocol: UDP
            """);
        Assert.Contains("""
                [Service(Type = ServiceType.LoadBalancer, PublishNotReadyAddresses = true)]
                [ServicePort(53, typeof(Server), "dns")]
                partial class ApiDns;
            """, result.File("Api"), StringComparison.Ordinal);
        Assert.Contains("[Port(5353, Name = \"dns\", Protocol = Protocol.Udp)]", result.File("Api"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_account_config_map_budget_and_autoscaler_of_a_workload_become_its_parts()
    {
        var result = ImportHarness.ImportExactly(Api + """

            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: api
              namespace: shop
            automountServiceAccountToken: false
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: api-settings
              namespace: shop
            data:
              LOG_LEVEL: info
              app.yaml: |
                server:
                  port: 8080
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: api
              namespace: shop
            spec:
              minAvailable: 1
              selector:
                matchLabels:
                  app.kubernetes.io/name: api
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: api
              namespace: shop
            spec:
              scaleTargetRef:
                apiVersion: apps/v1
                kind: Deployment
                name: api
              minReplicas: 2
              maxReplicas: 10
              metrics:
                - type: Resource
                  resource:
                    name: cpu
                    target:
                      type: Utilization
                      averageUtilization: 70
            """);
        var csharp = result.File("Api");
        Assert.Contains("[Deployment(\"api\", Namespace = \"shop\")]", csharp, StringComparison.Ordinal);
        Assert.Contains("[PodDisruptionBudget(MinAvailable = \"1\")]", csharp, StringComparison.Ordinal);
        Assert.Contains("[Autoscale(MinReplicas = 2, MaxReplicas = 10, CpuUtilization = 70)]", csharp, StringComparison.Ordinal);
        Assert.Contains("    [ServiceAccount(Name = \"api\", AutomountToken = false)] partial class Identity;", csharp, StringComparison.Ordinal);
        Assert.Contains("""
                [ConfigMap(Name = "api-settings", HashSuffix = false)]
                [ConfigMapEntry("LOG_LEVEL", "info")]
                [ConfigMapEntry("app.yaml", \"\"\"
                    server:
                      port: 8080

                    \"\"\")]
                partial class ApiSettings;
            """.Replace("\\\"", "\"", StringComparison.Ordinal), csharp, StringComparison.Ordinal);
        Assert.Equal(4, result.PartsFolded);
        Assert.Equal(0, result.ManifestsKept);
    }

    [Fact]
    public void An_object_of_one_workload_that_no_part_writes_exactly_stays_with_it_as_a_manifest()
    {
        var result = ImportHarness.ImportExactly(Api + """

            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: api
              namespace: shop
              labels:
                tier: backend
            spec:
              selector:
                app.kubernetes.io/name: api
              ports:
                - name: http
                  port: 80
                  targetPort: http
            """);
        var csharp = result.File("Api");
        Assert.Contains("[Manifest(\"\"\"\n    apiVersion: v1\n    kind: Service", csharp, StringComparison.Ordinal);
        Assert.Equal(0, result.PartsFolded);
        Assert.Equal(1, result.ManifestsKept);
        Assert.Single(result.Files);
    }

    [Fact]
    public void A_service_whose_target_port_is_a_name_is_kept_as_written_since_the_part_would_write_the_number()
    {
        var result = ImportHarness.ImportExactly(Api + """

            ---
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
                  targetPort: http
            """);
        Assert.Contains("    targetPort: http", result.File("Api"), StringComparison.Ordinal);
        Assert.DoesNotContain("[Service", result.File("Api"), StringComparison.Ordinal);
        Assert.Equal(1, result.ManifestsKept);
    }

    [Fact]
    public void A_service_that_selects_several_workloads_goes_to_the_manifest_set()
    {
        var result = ImportHarness.ImportExactly("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: reviews-v1
            spec:
              selector:
                matchLabels:
                  app: reviews
                  version: v1
              template:
                metadata:
                  labels:
                    app: reviews
                    version: v1
                spec:
                  containers:
                    - name: reviews
                      image: reviews:1
                      ports:
                        - containerPort: 9080
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: reviews-v2
            spec:
              selector:
                matchLabels:
                  app: reviews
                  version: v2
              template:
                metadata:
                  labels:
                    app: reviews
                    version: v2
                spec:
                  containers:
                    - name: reviews
                      image: reviews:2
                      ports:
                        - containerPort: 9080
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: reviews
            spec:
              selector:
                app: reviews
              ports:
                - port: 9080
            """);
        Assert.Equal(["Input.cs", "ReviewsV1.cs", "ReviewsV2.cs"], result.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("[ManifestSet(\"input\")]", result.File("Input"), StringComparison.Ordinal);
        Assert.Contains("kind: Service", result.File("Input"), StringComparison.Ordinal);
        Assert.Equal(2, result.Workloads);
    }
}
