using Consort.Cli.Tests.Infrastructure;

namespace Consort.Cli.Tests;

/// <summary>
/// Each attribute the importer writes: an input that needs it, the attribute in the C#, no patch left, and the
/// C# builds back the same objects.
/// </summary>
public sealed class MappingTests
{
    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: box
        spec:
          containers:
            - name: main
              image: busybox:1.37
        """;

    /// <summary>A Deployment whose pod spec is <paramref name="podSpec"/> (indented as under <c>spec.template.spec</c>).</summary>
    private static string Deployment(string workloadSpec = "", string podSpec = "", string container = "")
        => $"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
        {Indent(workloadSpec, 2)}  selector:
            matchLabels:
              app.kubernetes.io/name: web
          template:
            metadata:
              labels:
                app.kubernetes.io/name: web
            spec:
        {Indent(podSpec, 6)}      containers:
                - name: main
                  image: nginx:1.27
        {Indent(container, 10)}
        """;

    private static string Indent(string text, int spaces)
        => text.Length == 0 ? string.Empty : string.Concat(text.Split('\n').Select(l => new string(' ', spaces) + l + "\n"));

    public static TheoryData<string, string, string> Cases => new()
    {
        // The workload attributes.
        { "replicas", Deployment("replicas: 3"), "[Deployment(\"web\", Replicas = 3)]" },
        { "recreate", Deployment("strategy:\n  type: Recreate"), "Strategy = DeploymentStrategy.Recreate" },
        { "rolling update", Deployment("strategy:\n  rollingUpdate:\n    maxSurge: 1\n    maxUnavailable: \"50%\""), "MaxSurge = \"1\", MaxUnavailable = \"50%\"" },
        { "rollout numbers", Deployment("minReadySeconds: 5\nrevisionHistoryLimit: 3\nprogressDeadlineSeconds: 120"), "MinReadySeconds = 5, RevisionHistoryLimit = 3, ProgressDeadlineSeconds = 120" },
        { "namespace", Deployment().Replace("  name: web\n", "  name: web\n  namespace: shop\n", StringComparison.Ordinal), "Namespace = \"shop\"" },
        { "pod restart policy", Pod.Replace("spec:\n", "spec:\n  restartPolicy: Never\n", StringComparison.Ordinal), "RestartPolicy = PodRestartPolicy.Never" },
        { "service account name", Deployment(podSpec: "serviceAccountName: robot"), "ServiceAccount = \"robot\"" },
        { "pod flags", Deployment(podSpec: "automountServiceAccountToken: false\nhostNetwork: true\nhostPID: true\nhostIPC: true\nenableServiceLinks: false\nshareProcessNamespace: true"), "AutomountServiceAccountToken = false, HostNetwork = true, HostPID = true, HostIPC = true, EnableServiceLinks = false, ShareProcessNamespace = true" },
        { "dns policy", Deployment(podSpec: "dnsPolicy: ClusterFirstWithHostNet"), "DnsPolicy = DnsPolicy.ClusterFirstWithHostNet" },
        { "class names", Deployment(podSpec: "priorityClassName: high\nruntimeClassName: gvisor\nschedulerName: bin-packer"), "PriorityClassName = \"high\", RuntimeClassName = \"gvisor\", SchedulerName = \"bin-packer\"" },
        { "grace period", Deployment(podSpec: "terminationGracePeriodSeconds: 60"), "TerminationGracePeriodSeconds = 60" },
        { "pull secrets", Deployment(podSpec: "imagePullSecrets:\n  - name: registry\n  - name: mirror"), "ImagePullSecrets = [\"registry\", \"mirror\"]" },

        // The workload class.
        { "node selector", Deployment(podSpec: "nodeSelector:\n  kubernetes.io/os: linux"), "[NodeSelector(\"kubernetes.io/os\", \"linux\")]" },
        { "toleration with value", Deployment(podSpec: "tolerations:\n  - key: dedicated\n    value: gpu\n    effect: NoSchedule"), "[Toleration(\"dedicated\", Value = \"gpu\", Effect = TaintEffect.NoSchedule)]" },
        { "toleration exists", Deployment(podSpec: "tolerations:\n  - key: node.kubernetes.io/unreachable\n    operator: Exists\n    effect: NoExecute\n    tolerationSeconds: 30"), "[Toleration(\"node.kubernetes.io/unreachable\", Effect = TaintEffect.NoExecute, TolerationSeconds = 30)]" },
        { "toleration of every taint", Deployment(podSpec: "tolerations:\n  - operator: Exists"), "[Toleration]" },
        { "pod security context", Deployment(podSpec: "securityContext:\n  runAsNonRoot: true\n  runAsUser: 1000\n  runAsGroup: 3000\n  fsGroup: 2000\n  fsGroupChangePolicy: OnRootMismatch\n  supplementalGroups: [4000]\n  seccompProfile:\n    type: RuntimeDefault"), "[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, RunAsGroup = 3000, FsGroup = 2000, FsGroupChangePolicy = FsGroupChangePolicy.OnRootMismatch, SupplementalGroups = [4000], Seccomp = SeccompProfile.RuntimeDefault)]" },
        { "localhost seccomp", Deployment(podSpec: "securityContext:\n  seccompProfile:\n    type: Localhost\n    localhostProfile: profiles/audit.json"), "Seccomp = SeccompProfile.Localhost, SeccompLocalhostProfile = \"profiles/audit.json\"" },

        // Containers.
        { "command and args", Deployment(container: "command: [nginx]\nargs: [\"-g\", \"daemon off;\"]\nworkingDir: /srv"), "[Container(\"nginx:1.27\", Command = [\"nginx\"], Args = [\"-g\", \"daemon off;\"], WorkingDir = \"/srv\")]" },
        { "pull and message policy", Deployment(container: "imagePullPolicy: Always\nterminationMessagePolicy: FallbackToLogsOnError"), "ImagePullPolicy = ImagePullPolicy.Always, TerminationMessagePolicy = TerminationMessagePolicy.FallbackToLogsOnError" },
        { "ports", Deployment(container: "ports:\n  - containerPort: 8080\n    name: http\n  - containerPort: 53\n    protocol: UDP\n    hostPort: 53"), "[Port(8080, Name = \"http\")]\n    [Port(53, Protocol = Protocol.Udp, HostPort = 53)]" },
        { "env", Deployment(container: "env:\n  - name: MODE\n    value: fast"), "[Env(\"MODE\", \"fast\")]" },
        { "env from a pod field", Deployment(container: "env:\n  - name: POD_NAME\n    valueFrom:\n      fieldRef:\n        fieldPath: metadata.name\n  - name: APP\n    valueFrom:\n      fieldRef:\n        fieldPath: metadata.labels['app']"), "[EnvFromField(\"POD_NAME\", PodField.Name)]\n    [EnvFromField(\"APP\", \"metadata.labels['app']\")]" },
        { "env from a secret", Deployment(container: "env:\n  - name: PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\n        optional: true"), "[EnvFromSecret(\"PASSWORD\", \"db\", \"password\", Optional = true)]" },
        { "env from a config map", Deployment(container: "env:\n  - name: LEVEL\n    valueFrom:\n      configMapKeyRef:\n        name: settings\n        key: level"), "[EnvFromConfigMap(\"LEVEL\", \"settings\", \"level\")]" },
        { "env from sources", Deployment(container: "envFrom:\n  - configMapRef:\n      name: settings\n    prefix: APP_\n  - secretRef:\n      name: db\n      optional: true"), "[EnvFrom(ConfigMap = \"settings\", Prefix = \"APP_\")]\n    [EnvFrom(Secret = \"db\", Optional = true)]" },
        { "resources", Deployment(container: "resources:\n  requests:\n    cpu: 250m\n    memory: 64Mi\n    ephemeral-storage: 1Gi\n  limits:\n    cpu: \"1\"\n    memory: 128Mi\n    ephemeral-storage: 2Gi"), "[Resources(CpuRequest = \"250m\", MemoryRequest = \"64Mi\", EphemeralStorageRequest = \"1Gi\", CpuLimit = \"1\", MemoryLimit = \"128Mi\", EphemeralStorageLimit = \"2Gi\")]" },
        { "extended resource", Deployment(container: "resources:\n  limits:\n    nvidia.com/gpu: 1"), "[ExtendedResource(\"nvidia.com/gpu\", 1)]" },
        { "http probe", Deployment(container: "ports:\n  - containerPort: 8080\n    name: http\nreadinessProbe:\n  httpGet:\n    path: /healthz\n    port: http\n    scheme: HTTPS\n    httpHeaders:\n      - name: X-Probe\n        value: ready\n  periodSeconds: 5\n  failureThreshold: 6"), "[HttpProbe(ProbeKind.Readiness, \"/healthz\", \"http\", Https = true, Headers = [\"X-Probe: ready\"], PeriodSeconds = 5, FailureThreshold = 6)]" },
        { "tcp probe", Deployment(container: "livenessProbe:\n  tcpSocket:\n    port: 5432\n  initialDelaySeconds: 15\n  timeoutSeconds: 3"), "[TcpProbe(ProbeKind.Liveness, 5432, InitialDelaySeconds = 15, TimeoutSeconds = 3)]" },
        { "grpc probe", Deployment(container: "startupProbe:\n  grpc:\n    port: 7070\n    service: health\n  successThreshold: 1"), "[GrpcProbe(ProbeKind.Startup, 7070, Service = \"health\")]" },
        { "exec probe", Deployment(container: "livenessProbe:\n  exec:\n    command: [cat, /tmp/healthy]"), "[ExecProbe(ProbeKind.Liveness, \"cat\", \"/tmp/healthy\")]" },
        { "lifecycle hooks", Deployment(container: "lifecycle:\n  postStart:\n    exec:\n      command: [sh, -c, echo started]\n  preStop:\n    sleep:\n      seconds: 5"), "[PostStart(\"sh\", \"-c\", \"echo started\")]\n    [PreStop(SleepSeconds = 5)]" },
        { "container security context", Deployment(container: "securityContext:\n  runAsNonRoot: true\n  runAsUser: 101\n  runAsGroup: 101\n  readOnlyRootFilesystem: true\n  allowPrivilegeEscalation: false\n  capabilities:\n    add: [NET_BIND_SERVICE]\n    drop: [ALL]\n  seccompProfile:\n    type: RuntimeDefault"), "[SecurityContext(RunAsNonRoot = true, RunAsUser = 101, RunAsGroup = 101, ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, AddCapabilities = [\"NET_BIND_SERVICE\"], DropCapabilities = [\"ALL\"], Seccomp = SeccompProfile.RuntimeDefault)]" },
        { "privileged", Deployment(container: "securityContext:\n  privileged: true"), "[SecurityContext(Privileged = true)]" },
        { "init container", Deployment(podSpec: "initContainers:\n  - name: migrate\n    image: nginx:1.27\n    args: [migrate]"), "[InitContainer(\"nginx:1.27\", Args = [\"migrate\"])]" },
        { "native sidecar", Deployment(podSpec: "initContainers:\n  - name: proxy\n    image: envoyproxy/envoy:v1.31.0\n    restartPolicy: Always"), "[Sidecar(\"envoyproxy/envoy:v1.31.0\")]" },

        // Volumes and mounts.
        { "empty dir", Deployment(podSpec: "volumes:\n  - name: cache\n    emptyDir:\n      medium: Memory\n      sizeLimit: 1Gi", container: "volumeMounts:\n  - name: cache\n    mountPath: /cache"), "[EmptyDirVolume(Medium = EmptyDirMedium.Memory, SizeLimit = \"1Gi\")]\n    partial class Cache;" },
        { "mount settings", Deployment(podSpec: "volumes:\n  - name: cache\n    emptyDir: {}", container: "volumeMounts:\n  - name: cache\n    mountPath: /cache\n    readOnly: true\n    subPath: app\n    mountPropagation: HostToContainer"), "[Mount(typeof(Cache), \"/cache\", ReadOnly = true, SubPath = \"app\", MountPropagation = MountPropagation.HostToContainer)]" },
        { "config map volume", Deployment(podSpec: "volumes:\n  - name: config\n    configMap:\n      name: settings\n      optional: true\n      defaultMode: 0440\n      items:\n        - key: app.conf\n          path: conf/app.conf\n          mode: 0400"), "[ConfigMapVolume(\"settings\", Optional = true, DefaultMode = \"0440\")]\n    [VolumeItem(\"app.conf\", \"conf/app.conf\", Mode = \"0400\")]\n    partial class Config;" },
        { "secret volume", Deployment(podSpec: "volumes:\n  - name: tls\n    secret:\n      secretName: web-tls"), "[SecretVolume(\"web-tls\")] partial class Tls;" },
        { "claim volume", Deployment(podSpec: "volumes:\n  - name: data\n    persistentVolumeClaim:\n      claimName: web-data\n      readOnly: true"), "[PersistentVolumeClaimVolume(\"web-data\", ReadOnly = true)] partial class Data;" },
        { "host path volume", Deployment(podSpec: "volumes:\n  - name: proc\n    hostPath:\n      path: /proc\n      type: Directory"), "[HostPathVolume(\"/proc\", Type = HostPathType.Directory)] partial class Proc;" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_input_that_an_attribute_expresses_becomes_that_attribute_and_nothing_else(string name, string yaml, string expected)
    {
        var result = ImportHarness.ImportExactly(yaml);
        var csharp = result.CSharp();
        Assert.True(csharp.Contains(expected, StringComparison.Ordinal), $"{name}: expected\n{expected}\nin\n{csharp}");
        Assert.DoesNotContain("[Patch(", csharp, StringComparison.Ordinal);
        Assert.DoesNotContain("[Manifest(", csharp, StringComparison.Ordinal);
        Assert.Equal(1, result.Workloads);
    }

    public static TheoryData<string, string> Kinds => new()
    {
        {
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
            spec:
              serviceName: db
              replicas: 3
              podManagementPolicy: Parallel
              updateStrategy:
                type: OnDelete
              selector:
                matchLabels:
                  app.kubernetes.io/name: db
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: db
                spec:
                  containers:
                    - name: postgres
                      image: postgres:17
                      volumeMounts:
                        - name: data
                          mountPath: /var/lib/postgresql/data
              volumeClaimTemplates:
                - metadata:
                    name: data
                  spec:
                    accessModes: [ReadWriteMany]
                    storageClassName: fast
                    resources:
                      requests:
                        storage: 10Gi
            """,
            "[StatefulSet(\"db\", Replicas = 3, ServiceName = \"db\", PodManagementPolicy = PodManagementPolicy.Parallel, UpdateStrategy = StatefulSetUpdateStrategy.OnDelete)]|[VolumeClaimTemplate(\"10Gi\", StorageClass = \"fast\", AccessMode = AccessMode.ReadWriteMany)]\n    partial class Data;|[Mount(typeof(Data), \"/var/lib/postgresql/data\")]"
        },
        {
            """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
            spec:
              minReadySeconds: 10
              updateStrategy:
                type: RollingUpdate
                rollingUpdate:
                  maxUnavailable: 2
              selector:
                matchLabels:
                  app.kubernetes.io/name: agent
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: agent
                spec:
                  containers:
                    - name: agent
                      image: fluent/fluent-bit:3.2
            """,
            "[DaemonSet(\"agent\", MinReadySeconds = 10, MaxUnavailable = \"2\")]"
        },
        {
            """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
            spec:
              backoffLimit: 2
              completions: 3
              parallelism: 3
              ttlSecondsAfterFinished: 600
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: migrate
                      image: ghcr.io/acme/migrate:1.0
            """,
            "[Job(\"migrate\", BackoffLimit = 2, Completions = 3, Parallelism = 3, TtlSecondsAfterFinished = 600, RestartPolicy = PodRestartPolicy.OnFailure)]"
        },
        {
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: report
            spec:
              schedule: "*/5 * * * *"
              concurrencyPolicy: Forbid
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                        - name: report
                          image: ghcr.io/acme/report:1.0
            """,
            "[CronJob(\"report\", \"*/5 * * * *\", ConcurrencyPolicy = ConcurrencyPolicy.Forbid, RestartPolicy = PodRestartPolicy.Never)]"
        },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_workload_kind_is_imported_with_its_own_settings(string yaml, string expected)
    {
        var csharp = ImportHarness.ImportExactly(yaml).CSharp();
        foreach (var part in expected.Split('|'))
        {
            Assert.True(csharp.Contains(part, StringComparison.Ordinal), $"expected\n{part}\nin\n{csharp}");
        }

        Assert.DoesNotContain("[Patch(", csharp, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_shared_with_the_pods_are_labels_and_the_workloads_own_are_workload_only()
    {
        var csharp = ImportHarness.ImportExactly("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels:
                app: web
                team: shop
              annotations:
                owner: shop-team
                deployed-by: ci
            spec:
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                    team: shop
                  annotations:
                    owner: shop-team
                spec:
                  containers:
                    - name: main
                      image: nginx:1.27
            """).CSharp();
        Assert.Contains("[Label(\"app\", \"web\")]\n[Label(\"team\", \"shop\")]\n[Annotation(\"owner\", \"shop-team\")]\n[Annotation(\"deployed-by\", \"ci\", WorkloadOnly = true)]\n[Selector(\"app\", \"web\")]", csharp, StringComparison.Ordinal);
        Assert.DoesNotContain("[Patch(", csharp, StringComparison.Ordinal);

        var workloadOnly = ImportHarness.ImportExactly("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels:
                release: stable
            spec:
              selector:
                matchLabels:
                  app.kubernetes.io/name: web
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: web
                spec:
                  containers:
                    - name: main
                      image: nginx:1.27
            """).CSharp();
        Assert.Contains("[Label(\"release\", \"stable\", WorkloadOnly = true)]", workloadOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("[Selector(", workloadOnly, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_no_attribute_expresses_is_a_patch_on_the_class_that_owns_it()
    {
        var result = ImportHarness.ImportExactly(Deployment(
            podSpec: "hostAliases:\n  - ip: 10.0.0.1\n    hostnames: [legacy.local]",
            container: "stdin: true\nports:\n  - containerPort: 8080\n    hostIP: 127.0.0.1"));
        var csharp = result.CSharp();
        Assert.Contains("""
            [Patch(\"\"\"
                spec:
                  template:
                    spec:
                      hostAliases:
                        - ip: "10.0.0.1"
                          hostnames:
                            - legacy.local
                \"\"\")]
            """.Replace("\\\"", "\"", StringComparison.Ordinal), csharp, StringComparison.Ordinal);
        Assert.Contains("""
                [Port(8080)]
                [Patch(\"\"\"
                    stdin: true
                    ports:
                      - containerPort: 8080
                        hostIP: "127.0.0.1"
                    \"\"\")]
                partial class Main;
            """.Replace("\\\"", "\"", StringComparison.Ordinal), csharp, StringComparison.Ordinal);
        Assert.Equal(2, result.Patches);
    }

    [Fact]
    public void Entries_of_a_keyed_list_after_one_no_attribute_expresses_stay_in_the_patch_in_their_order()
    {
        var csharp = ImportHarness.ImportExactly(Deployment(container: """
            env:
              - name: FIRST
                value: "1"
              - name: LIMIT
                valueFrom:
                  resourceFieldRef:
                    resource: limits.memory
              - name: LAST
                value: "3"
            """)).CSharp();
        Assert.Contains("[Env(\"FIRST\", \"1\")]", csharp, StringComparison.Ordinal);
        Assert.DoesNotContain("[Env(\"LAST\"", csharp, StringComparison.Ordinal);
        Assert.Contains("- name: LAST", csharp, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_given_as_the_attributes_default_stays_in_the_patch_since_the_attribute_would_not_write_it()
    {
        var csharp = ImportHarness.ImportExactly("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: once
            spec:
              backoffLimit: 6
              completions: 2
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: main
                      image: busybox:1.37
            """).CSharp();
        Assert.Contains("[Job(\"once\", Completions = 2, RestartPolicy = PodRestartPolicy.Never)]", csharp, StringComparison.Ordinal);
        Assert.Contains("backoffLimit: 6", csharp, StringComparison.Ordinal);
    }

    [Fact]
    public void Api_server_defaults_are_left_out()
    {
        var result = ImportHarness.ImportExactly(Deployment(
            "replicas: 1\nrevisionHistoryLimit: 10\nprogressDeadlineSeconds: 600\nstrategy:\n  type: RollingUpdate\n  rollingUpdate:\n    maxSurge: 25%\n    maxUnavailable: 25%",
            "restartPolicy: Always\nterminationGracePeriodSeconds: 30\ndnsPolicy: ClusterFirst\nschedulerName: default-scheduler\nsecurityContext: {}",
            "imagePullPolicy: IfNotPresent\nterminationMessagePath: /dev/termination-log\nterminationMessagePolicy: File\nresources: {}"));
        var csharp = result.CSharp();
        Assert.Contains("[Deployment(\"web\")]", csharp, StringComparison.Ordinal);
        Assert.Contains("    [Container(\"nginx:1.27\")] partial class Main;", csharp, StringComparison.Ordinal);
        Assert.DoesNotContain("[Patch(", csharp, StringComparison.Ordinal);
        Assert.Equal(15, result.FieldsDefaulted);
    }
}
