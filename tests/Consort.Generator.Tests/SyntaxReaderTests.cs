using Consort.Generator.Tests.Infrastructure;

namespace Consort.Generator.Tests;

/// <summary>
/// The syntax reader on the forms of C# it must get exactly right or hand to the compiler. Each case is checked
/// against the compiler by <see cref="SyntaxReaderCheck"/>; the expected flag says whether the reader reads it
/// (so that a reader that silently declines everything fails too).
/// </summary>
public class SyntaxReaderTests
{
    private const string Template = """
        using Consort;
        USINGS
        namespace Demo;
        [Deployment("shop")]
        public partial class Shop
        {
            MEMBERS
            [EmptyDirVolume] partial class Logs;
            [Container(IMAGE)]
            ATTRIBUTES
            [Resources(CpuRequest = "100m", MemoryLimit = "128Mi")]
            partial class Api;
        }
        """;

    [Theory]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[Port(8080, Name = \"http\", Protocol = Protocol.Udp)]", "", true)]
    [InlineData("", "\"ghcr.io/acme/\" + \"shop:1.0.0\"", "", "", true)]
    [InlineData("", "@\"ghcr.io/acme/shop:1.0.0\"", "[Env(\"GREETING\", \"\"\"\n    hello \"you\"\n    \"\"\")]", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[Port(8080, Protocol = (Protocol)1)]", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[Port(8080, Protocol = (Consort.Protocol)(-1))]", "", true)]
    [InlineData("using static Consort.PodField;", "\"ghcr.io/acme/shop:1.0.0\"", "[EnvFromField(\"POD\", Name)]", "", true)]
    [InlineData("using static Consort.PodField;", "\"ghcr.io/acme/shop:1.0.0\"", "[EnvFromField(\"POD\", Name)]", "public const string Name = \"x\";", false)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[EnvFromField(\"POD\", \"metadata.labels['app']\")]", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[ExecProbe(ProbeKind.Liveness, \"cat\", \"/tmp/ok\")]", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[ExecProbe(ProbeKind.Liveness, new[] { \"cat\", \"/tmp/ok\" })]", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[ExecProbe(ProbeKind.Liveness, [\"cat\", \"/tmp/ok\"])]", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[ExecProbe(ProbeKind.Liveness)]", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[Port(8080, Name = \"http\")][HttpProbe(ProbeKind.Readiness, \"/ready\", \"http\")][TcpProbe(ProbeKind.Liveness, 8080)]", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[HttpProbe(0, \"/ready\", 8080)]", "", false)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[SecurityContext(RunAsUser = 1000, RunAsGroup = 3000L, RunAsNonRoot = true, DropCapabilities = new string[] { \"ALL\" })]", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[Mount(typeof(Logs), \"/var/log\", ReadOnly = true)]", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[type: Mount(typeof(Logs), \"/var/log\")]", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[Env(name: \"A\", value: \"b\")]", "", false)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[@Env(\"A\", \"b\")]", "", false)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[Consort.Env(\"A\", \"b\")][global::Consort.EnvAttribute(\"B\", \"c\")]", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[System.Obsolete(\"old\")][System.Serializable]", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[Port(-1)][Port(70000)]", "", true)]
    [InlineData("", "null", "", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\", Command = new[] { \"sh\", null }", "", "", false)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\", Command = [\"sh\", .. new[] { \"-c\" }]", "", "", false)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\", Command = [\"sh\", null]", "", "", true)]
    [InlineData("", "\"ghcr.io/acme/shop:1.0.0\"", "[Port(8080.5)]", "", false)]
    public void Reads_what_it_can_and_agrees_with_the_compiler(string usings, string image, string attributes, string members, bool read)
    {
        var compilation = GeneratorHarness.Compilation(Source(usings: usings, image: image, attributes: attributes, members: members));

        Assert.Equal(read ? 1 : 0, SyntaxReaderCheck.AssertAgreesWithCompiler(compilation));
    }

    [Theory]
    [InlineData("namespace Demo.@event;", "partial class Api;", false)]
    [InlineData("namespace /* the shop */ Demo . Shop;", "partial class Api;", true)]
    [InlineData("namespace Demo;", "partial class @Api;", false)]
    public void Names_are_read_as_the_compiler_displays_them(string ns, string part, bool read)
    {
        Assert.Equal(read ? 1 : 0, SyntaxReaderCheck.AssertAgreesWithCompiler(GeneratorHarness.Compilation(Source(ns: ns, part: part))));
    }

    [Fact]
    public void A_workload_in_a_namespace_that_holds_a_look_alike_type_in_a_reference_is_left_to_the_compiler()
    {
        // System.Security holds SecurityContext: inside it, [SecurityContext] may mean that type.
        var source = Source(ns: "namespace System.Security.Apps;", attributes: "[SecurityContext(RunAsNonRoot = true)]");

        Assert.Equal(0, SyntaxReaderCheck.AssertAgreesWithCompiler(GeneratorHarness.Compilation(source)));
    }

    /// <summary>The template with its placeholders filled; the defaults give a plain, readable workload.</summary>
    private static string Source(
        string ns = "namespace Demo;",
        string part = "partial class Api;",
        string usings = "",
        string image = "\"ghcr.io/acme/shop:1.0.0\"",
        string attributes = "",
        string members = "")
        => Template.Replace("namespace Demo;", ns).Replace("partial class Api;", part).Replace("USINGS", usings)
            .Replace("IMAGE", image).Replace("ATTRIBUTES", attributes).Replace("MEMBERS", members);
}
