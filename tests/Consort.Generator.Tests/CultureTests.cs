using System.Globalization;
using Consort.Generator.Tests.Infrastructure;

namespace Consort.Generator.Tests;

/// <summary>The output does not depend on the machine's culture.</summary>
public class CultureTests
{
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    public void Output_is_identical_under_any_culture(string culture)
    {
        var invariant = RunUnder(CultureInfo.InvariantCulture);
        var other = RunUnder(CultureInfo.GetCultureInfo(culture));
        Assert.Equal(invariant.Keys, other.Keys);
        foreach (var (hint, text) in invariant)
        {
            Assert.Equal(text, other[hint]);
        }

        // The Turkish dotted/dotless i is the classic trap: kebab-case of "InitIstio" must stay ASCII.
        Assert.Contains("\"init-istio\"", invariant["Consort.Generator.Tests.Workloads.Culture.g.cs"], StringComparison.Ordinal);
    }

    private static IReadOnlyDictionary<string, string> RunUnder(CultureInfo culture)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var sources = Fixtures.Names.Select(Fixtures.Source).Append("""
                using Consort;
                namespace Consort.Generator.Tests.Workloads;
                [Deployment("culture", Replicas = 12, TerminationGracePeriodSeconds = 1234567)]
                public partial class Culture
                {
                    [InitContainer("busybox:1.37")] partial class InitIstio;
                    [Container("IMAGE:1.0")] [Port(8080, Name = "http")] [SecurityContext(RunAsUser = -1000000)] partial class Main;
                }
                """).ToArray();
            var outcome = GeneratorHarness.Run(sources);
            Assert.Empty(outcome.Errors);
            return outcome.Sources;
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
