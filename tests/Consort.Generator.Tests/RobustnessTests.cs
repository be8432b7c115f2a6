using Consort.Generator.Tests.Infrastructure;

namespace Consort.Generator.Tests;

/// <summary>Whatever the user has typed so far, the generator reports diagnostics and never throws.</summary>
public class RobustnessTests
{
    public static TheoryData<string> BrokenDeclarations() =>
    [
        """[Deployment] public partial class A { }""",
        """[Deployment(] public partial class A { }""",
        """[Deployment("a"] public partial class A { }""",
        """[Deployment(42)] public partial class A { [Container("x:1")] partial class C; }""",
        """[Deployment(null)] public partial class A { [Container("x:1")] partial class C; }""",
        """[Deployment("a", Replicas = "three")] public partial class A { [Container("x:1")] partial class C; }""",
        """[Deployment("a", Replicas = -5, TerminationGracePeriodSeconds = int.MaxValue)] public partial class A { [Container("x:1")] partial class C; }""",
        """[Deployment("a", Nope = 1)] public partial class A { [Container("x:1")] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container(] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container(1)] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1", Command = null, Args = new string[] { null! })] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [Port] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [Port("http")] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [Port(0, Name = "")] [Port(99999)] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [Mount] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [Mount(typeof(Missing), "/x")] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [Mount(null, null)] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [Mount(typeof(int), "/x")] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [Mount(typeof(C), "/x")] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [Env(null, null)] [EnvFromField("X", (PodField)99)] [EnvFromField("Y", null)] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [EnvFromSecret("A", null, null)] [EnvFromConfigMap] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [HttpProbe((ProbeKind)42, null, null)] [TcpProbe(ProbeKind.Startup, null)] [ExecProbe(ProbeKind.Liveness)] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [ExecProbe(ProbeKind.Liveness, null)] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [Resources(CpuRequest = "lots")] [SecurityContext(RunAsUser = -1, AddCapabilities = null)] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1", ImagePullPolicy = (ImagePullPolicy)7)] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] partial class C; [Sidecar((SidecarKind)9)] partial class S; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] partial class C; [Sidecar("y:1", Mode = (SidecarMode)5)] partial class S; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] partial class C; [Sidecar(null)] partial class S; }""",
        """[Deployment("a")] [Sidecar("y:1")] public partial class A { [Container("x:1")] partial class C; }""",
        """[Deployment("a")] [Label(null, null)] [Annotation] public partial class A { [Container("x:1")] partial class C; }""",
        """[Deployment("a")] public partial class A { [EmptyDirVolume(Medium = (EmptyDirMedium)3, SizeLimit = "")] partial class V; [ConfigMapVolume(null)] partial class W; [Container("x:1")] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] partial struct C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] partial record C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] partial class C<T>; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] static partial class C; }""",
        """[Deployment("a")] public partial class A<T> { [Container("x:1")] partial class C; }""",
        """[Deployment("a")] public partial record A { }""",
        """[Deployment("a")] public partial struct A { }""",
        """[Deployment("a")] public partial interface A { }""",
        """[Deployment("a")] public static partial class A { [Container("x:1")] partial class C; }""",
        """[Deployment("a")] public abstract partial class A { [Container("x:1")] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] partial class C; } [Deployment("a")] public partial class B { [Container("x:1")] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] partial class Build; [Container("x:1")] partial class Yaml; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] partial class C { [Container("y:1")] partial class D; } }""",
        """public partial class O { [Pod("p")] private partial class P { [Container("x:1")] partial class C; } }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [Port(80, Name = "http")] [Port(81, Name = "http")] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("\u2028\u0000\"")] [Env("E", "\uD800")] partial class C; }""",
        """[Deployment("a"), Deployment("b")] public partial class A { [Container("x:1")] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1"), InitContainer("y:1")] partial class C; }""",
        """[Deployment("a")] public partial class A : System.Exception { [Container("x:1")] partial class C; }""",
        """[Deployment(Name = "a")] public partial class A { [Container("x:1")] partial class C; }""",
        """[Deployment(name: "a", Namespace = null)] public partial class A { [Container(image: "x:1", Name = null)] partial class C; }""",
        """[Deployment("a")] partial class A { [Container("x:1")] partial class C; } partial class A { [EmptyDirVolume] partial class V; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] partial class C; [Sidecar(SidecarKind.Logging, Source = typeof(Missing))] partial class L; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] partial class C; [Sidecar(SidecarKind.Logging, Source = null, Files = null, Host = null, Port = -1, Output = (LogOutput)9, Agent = (LogAgent)4)] partial class L; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] partial class C; [Sidecar(SidecarKind.ConfigReload, Config = null, Target = null, Process = null, ReloadUrl = null, Signal = null)] partial class R; }""",
        """[Deployment("a")] public partial class A { [ConfigMapVolume("c")] partial class V; [Container("x:1")] partial class C; [Sidecar(SidecarKind.ConfigReload, Config = typeof(V), Target = typeof(R), Process = "")] partial class R; }""",
        """[Deployment("a")] public partial class A { [ConfigMapVolume("c")] partial class V; [Container("x:1")] [Mount(typeof(V), "/c", SubPath = "")] partial class C; [Sidecar(SidecarKind.ConfigReload, Config = typeof(V), Target = typeof(C), ReloadUrl = "http://[::1]:x")] partial class R; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] partial class C; [Sidecar(SidecarKind.ServiceMesh, Mesh = (MeshKind)7, Injection = (MeshInjection)8, ProxyVersion = "")] partial class M; }""",
        """[Deployment("a")] [Sidecar(SidecarKind.ServiceMesh, Injection = MeshInjection.Explicit, ProxyVersion = "1.2.3")] [Sidecar(SidecarKind.Logging)] [Sidecar(SidecarKind.ConfigReload)] public partial class A { [Container("x:1")] partial class C; }""",
        """[Deployment("a")] public partial class A { [Sidecar(SidecarKind.ServiceMesh, Injection = MeshInjection.Explicit, ProxyVersion = "1.2.3")] partial class M; }""",
        """[Deployment("a")] public partial class A { [ConfigMap(Name = null)] [ConfigMapEntry(null)] [ConfigMapEntry("k", null, File = null)] [ConfigMapEntry] partial class V; [Container("x:1")] [EnvFrom(Source = null)] [EnvFrom(Source = typeof(Missing))] partial class C; }""",
        """[Deployment("a")] public partial class A { [ConfigMap] [ConfigMapEntry("k", File = "")] [ConfigMapEntry("j", File = "../../../x")] [ConfigMapEntry("i", File = "C:\\x")] [VolumeItem(null, null)] partial class V; [Container("x:1")] [Mount(typeof(V), "/v")] [EnvFromConfigMap("K", "v", null)] partial class C; }""",
        """[Deployment("a")] public partial class A { [Container("x:1")] [EnvFromService(null, null)] [EnvFromService("X", typeof(Missing))] [EnvFromService("Y", typeof(int[]), Port = null, Scheme = "")] [EnvFromService("Z", typeof(System.Collections.Generic.List<int>))] partial class C; }""",
        """[Deployment("a")] public partial class A { [Service] [ServicePort(80, typeof(C))] partial class S; [Container("x:1")] [Port(80)] [EnvFromService("X", typeof(S), Port = "nope")] [EnvFromService("Y", typeof(A))] [EnvFromService("Z", typeof(B.S))] partial class C; } [Job("b")] public partial class B { [Service] partial class S; [Container("x:1")] partial class C; }""",
    ];

    [Fact]
    public void A_port_named_ports_compiles_without_a_constant()
    {
        var outcome = GeneratorHarness.Run("""
            using Consort;
            namespace Demo;
            [Pod("p")] public partial class P { [Container("x:1")] [Port(80, Name = "ports")] [Port(81, Name = "http")] partial class C; }
            """);
        Assert.Empty(outcome.Errors);
        Assert.Empty(outcome.CompilationProblems);
    }

    [Theory]
    [MemberData(nameof(BrokenDeclarations))]
    public void Broken_declarations_never_make_the_generator_throw(string declaration)
    {
        var outcome = GeneratorHarness.Run("using Consort;\nnamespace Demo;\n" + declaration);
        Assert.Empty(outcome.Exceptions);
        Assert.DoesNotContain(outcome.DriverDiagnostics, d => d.Id is "CS8785" or "AD0001");
    }

    [Fact]
    public void Every_prefix_of_a_workload_being_typed_is_handled()
    {
        var source = Fixtures.Source("WebShop");
        for (var length = 0; length <= source.Length; length += 7)
        {
            var outcome = GeneratorHarness.Run(source.Substring(0, length));
            Assert.Empty(outcome.Exceptions);
        }
    }
}
