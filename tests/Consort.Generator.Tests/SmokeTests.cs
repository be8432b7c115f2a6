using Consort.Generator.Tests.Infrastructure;

namespace Consort.Generator.Tests;

public class SmokeTests
{
    [Fact]
    public void Generates_for_a_minimal_pod()
    {
        var outcome = GeneratorHarness.Run("""
            using Consort;
            namespace Demo;
            [Pod("hello")]
            public partial class Hello
            {
                [Container("busybox:1.37")] partial class Main;
            }
            """);
        Assert.Empty(outcome.Errors);
        Assert.Empty(outcome.CompilationProblems);
        Assert.Contains("Demo.Hello.g.cs", outcome.Sources.Keys);
    }
}
