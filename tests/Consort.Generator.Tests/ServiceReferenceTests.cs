using Consort.Generator.Tests.Infrastructure;
using Consort.Generator.Tests.Workloads;
using k8s.Models;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Tests;

/// <summary>SPEC 7.5: <c>[EnvFromService]</c>, the address of another workload's Service, checked at compile time.</summary>
public class ServiceReferenceTests
{
    private const string Cart = """
        using Consort;
        namespace Demo;
        [Deployment("cart", Namespace = "shop")]
        public partial class Cart
        {
            [Service(Name = "cartservice")] [ServicePort(7070, typeof(Server), "grpc")] [ServicePort(9090, typeof(Server), "metrics")] partial class Grpc;
            [Container("ghcr.io/acme/cart:2.0.1")] [Port(7070, Name = "grpc")] [Port(9090, Name = "metrics")] partial class Server;
            [EmptyDirVolume] partial class Scratch;
        }
        """;

    private static string Frontend(string reference, string ns = "shop")
        => $$"""
            using Consort;
            namespace Demo;
            [Deployment("frontend", Namespace = "{{ns}}")]
            public partial class Frontend
            {
                [Container("nginx:1.27.3")] {{reference}} partial class Web;
            }
            """;

    [Fact]
    public void The_value_is_the_services_host_and_port_qualified_across_namespaces()
    {
        var web = ((V1Deployment)Workloads.Frontend.Build()).Spec.Template.Spec.Containers[0];
        Assert.Equal("cartservice:7070", web.Env.Single(e => e.Name == "CART_SERVICE_ADDR").Value);
        Assert.Equal("http://productcatalog.catalog.svc:80", web.Env.Single(e => e.Name == "CATALOG_URL").Value);

        Assert.Equal("cartservice.shop.svc:9090", ValueOf(Frontend("""[EnvFromService("CART", typeof(Cart.Grpc), Port = "metrics")]""", ns: "web")));
        Assert.Equal("grpc://cartservice:7070", ValueOf(Frontend("""[EnvFromService("CART", typeof(Cart.Grpc), Port = "grpc", Scheme = "grpc")]""")));
    }

    [Fact]
    public void A_workload_may_name_its_own_service()
    {
        const string source = """
            using Consort;
            [Deployment("api")]
            public partial class Api
            {
                [Service] [ServicePort(80, typeof(Server))] partial class Http;
                [Container("nginx:1.27.3")] [Port(8080)] [EnvFromService("SELF_URL", typeof(Http), Scheme = "http")] partial class Server;
            }
            """;
        Assert.Equal("http://http:80", ValueOf(source, cart: false));
    }

    [Fact]
    public void Two_workloads_may_name_each_others_services()
    {
        const string source = """
            using Consort;
            [Deployment("ping")]
            public partial class Ping
            {
                [Service] [ServicePort(80, typeof(Server))] partial class Http;
                [Container("nginx:1.27.3")] [Port(8080)] [EnvFromService("PONG", typeof(Pong.Http))] partial class Server;
            }

            [Deployment("pong", Namespace = "other")]
            public partial class Pong
            {
                [Service] [ServicePort(81, typeof(Server))] partial class Http;
                [Container("nginx:1.27.3")] [Port(8080)] [EnvFromService("PING", typeof(Ping.Http))] partial class Server;
            }
            """;
        var outcome = GeneratorHarness.Run(source);
        Assert.Empty(outcome.Errors);
        var yaml = outcome.LoadWorkloads().ToDictionary(static w => w.Type.Name, static w => w.Yaml);
        Assert.Contains("value: http.other.svc:81", yaml["Ping"], StringComparison.Ordinal);
        Assert.Contains("value: http:80", yaml["Pong"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[EnvFromService("CART", [|typeof(Cart.Scratch)|])]""", "CNS019")]
    [InlineData("""[EnvFromService("CART", [|typeof(Cart)|])]""", "CNS019")]
    [InlineData("""[EnvFromService("CART", [|typeof(System.Uri)|])]""", "CNS019")]
    [InlineData("""[EnvFromService("CART", [|typeof(string)|])]""", "CNS019")]
    [InlineData("""[EnvFromService("CART", [|typeof(Cart.Grpc)|])]""", "CNS020")]
    [InlineData("""[EnvFromService("CART", typeof(Cart.Grpc), Port = [|"http"|])]""", "CNS020")]
    [InlineData("""[EnvFromService("CART", typeof(Cart.Grpc), Port = "grpc", Scheme = [|"http://"|])]""", "CNS006")]
    [InlineData("""[EnvFromService([|"1CART"|], typeof(Cart.Grpc), Port = "grpc")]""", "CNS006")]
    public void A_broken_reference_is_an_error_at_the_argument(string reference, string id)
    {
        var source = Frontend(reference);
        var outcome = GeneratorHarness.Run([Cart, DiagnosticAssert.Unmark(source)]);
        var diagnostic = Assert.Single(outcome.Diagnostics, d => d.Id == id);
        Assert.DoesNotContain(outcome.Errors, d => d.Id != id);
        var start = source.IndexOf("[|", StringComparison.Ordinal);
        var end = source.IndexOf("|]", StringComparison.Ordinal) - 2;
        Assert.Equal((start, end), (diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.End));
        Assert.Equal("Input1.cs", diagnostic.Location.SourceTree!.FilePath);
    }

    [Fact]
    public void A_type_of_another_assembly_is_said_to_be_one()
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run([Cart, Frontend("""[EnvFromService("CART", typeof(System.Uri))]""")]).Diagnostics, static d => d.Id == "CNS019");
        Assert.Contains("is a type of another assembly", diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_with_errors_of_its_own_leaves_the_reference_unreported()
    {
        var outcome = GeneratorHarness.Run([Cart.Replace("7070, Name", "0, Name", StringComparison.Ordinal), Frontend("""[EnvFromService("CART", typeof(Cart.Grpc), Port = "grpc")]""")]);
        Assert.All(outcome.Errors, static d => Assert.Equal("Input0.cs", d.Location.SourceTree!.FilePath));
        Assert.NotEmpty(outcome.Errors);
        Assert.Empty(outcome.Exceptions);
    }

    [Fact]
    public void Editing_the_target_re_emits_the_referencing_workload_only_when_its_address_changes()
    {
        var frontend = Frontend("""[EnvFromService("CART", typeof(Cart.Grpc), Port = "grpc")]""");
        var compilation = GeneratorHarness.Compilation(Cart, frontend);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        // The target's image: only the target re-emits.
        Assert.Equal(["Demo.Cart.g.cs"], Modified(driver.RunGenerators(GeneratorHarness.Replace(compilation, 0, Cart.Replace("2.0.1", "2.0.2", StringComparison.Ordinal)))));

        // The port the reference names: both re-emit, with the new address.
        var moved = driver.RunGenerators(GeneratorHarness.Replace(compilation, 0, Cart.Replace("ServicePort(7070", "ServicePort(7071", StringComparison.Ordinal)));
        Assert.Equal(["Demo.Cart.g.cs", "Demo.Frontend.g.cs"], Modified(moved));
        Assert.Contains("cartservice:7071", moved.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Demo.Frontend.g.cs").SourceText.ToString(), StringComparison.Ordinal);

        // The referencing workload: only it re-emits.
        Assert.Equal(["Demo.Frontend.g.cs"], Modified(driver.RunGenerators(GeneratorHarness.Replace(compilation, 1, frontend.Replace("1.27.3", "1.27.4", StringComparison.Ordinal)))));
    }

    private static List<string> Modified(GeneratorDriver driver)
        => [.. driver.GetRunResult().Results.Single().TrackedSteps["Source"]
            .SelectMany(static s => s.Outputs)
            .Where(static o => o.Reason == IncrementalStepRunReason.Modified)
            .Select(static o => Benchmarks.PipelineCheck.HintName(o.Value!))
            .Order(StringComparer.Ordinal)];

    private static string ValueOf(string source, bool cart = true)
    {
        var outcome = GeneratorHarness.Run(cart ? [Cart, source] : [source]);
        Assert.Empty(outcome.Errors);
        var yaml = outcome.LoadWorkloads().Single(w => w.Type.Name is "Frontend" or "Api").Yaml;
        return System.Text.RegularExpressions.Regex.Match(yaml, @"value: (\S+)").Groups[1].Value;
    }
}
