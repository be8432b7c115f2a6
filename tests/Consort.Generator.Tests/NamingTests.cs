extern alias ConsortGenerator;

using ConsortGenerator::Consort.Generator.Parsing;
using ConsortGenerator::Consort.Generator.Validation;

namespace Consort.Generator.Tests;

/// <summary>The pure naming helpers.</summary>
public class NamingTests
{
    [Theory]
    [InlineData("AppLogs", "app-logs")]
    [InlineData("Api", "api")]
    [InlineData("HTTPServer", "http-server")]
    [InlineData("IOStream", "io-stream")]
    [InlineData("Api2", "api2")]
    [InlineData("Api2Server", "api2-server")]
    [InlineData("My_App", "my-app")]
    [InlineData("Istio", "istio")]
    [InlineData("LogShipper", "log-shipper")]
    [InlineData("X", "x")]
    public void Class_names_become_kebab_case(string identifier, string expected)
        => Assert.Equal(expected, Naming.ToKebabCase(identifier));

    [Theory]
    [InlineData("http", "Http")]
    [InlineData("metrics-admin", "MetricsAdmin")]
    [InlineData("9000-tcp", "_9000Tcp")]
    public void Port_names_become_identifiers(string name, string expected)
        => Assert.Equal(expected, Naming.ToPascalCase(name));

    [Theory]
    [InlineData("web", true)]
    [InlineData("web-1", true)]
    [InlineData("1web", true)]
    [InlineData("Web", false)]
    [InlineData("web_1", false)]
    [InlineData("web.1", false)]
    [InlineData("-web", false)]
    [InlineData("web-", false)]
    [InlineData("", false)]
    public void Dns1123_labels(string value, bool valid)
        => Assert.Equal(valid, KubernetesNames.CheckDns1123Label(value) is null);

    [Fact]
    public void Dns1123_label_length_limit_is_63()
    {
        Assert.Null(KubernetesNames.CheckDns1123Label(new string('a', 63)));
        Assert.NotNull(KubernetesNames.CheckDns1123Label(new string('a', 64)));
    }

    [Theory]
    [InlineData("example.com", true)]
    [InlineData("a.b-c.d", true)]
    [InlineData("a..b", false)]
    [InlineData(".a", false)]
    [InlineData("a.", false)]
    [InlineData("A.b", false)]
    public void Dns1123_subdomains(string value, bool valid)
        => Assert.Equal(valid, KubernetesNames.CheckDns1123Subdomain(value) is null);

    [Theory]
    [InlineData("http", true)]
    [InlineData("h2c", true)]
    [InlineData("web-ui", true)]
    [InlineData("a23456789012345", true)]
    [InlineData("a234567890123456", false)]
    [InlineData("123", false)]
    [InlineData("web--ui", false)]
    [InlineData("Web", false)]
    public void Port_names(string value, bool valid)
        => Assert.Equal(valid, KubernetesNames.CheckPortName(value) is null);

    [Fact]
    public void The_generator_matches_the_DSL_attribute_names()
    {
        var dsl = typeof(PodAttribute).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Attribute)) && !t.IsAbstract && t.Namespace == "Consort").ToDictionary(t => t.Name);
        var known = typeof(KnownAttributes).GetFields().Where(f => f.IsLiteral && f.Name != nameof(KnownAttributes.Namespace)).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(dsl.Keys.Order(StringComparer.Ordinal), known.Order(StringComparer.Ordinal));
        Assert.Equal(KnownAttributes.Namespace, typeof(PodAttribute).Namespace);
    }
}
