using System.Text.Json;
using Consort.Kubernetes;

namespace Consort.Generator.Tests.Runtime;

/// <summary>
/// The runtime library reads YAML as the API server does (sigs.k8s.io/yaml over go-yaml v2): a plain scalar is a
/// number, a boolean or null where YAML 1.1 says so, and a string otherwise; quoted and block scalars are strings.
/// </summary>
public class YamlToJsonTests
{
    [Theory]
    [InlineData("yes", "true")]
    [InlineData("Off", "false")]
    [InlineData("y", "true")]
    [InlineData("~", "null")]
    [InlineData("null", "null")]
    [InlineData("12", "12")]
    [InlineData("+12", "12")]
    [InlineData("-12", "-12")]
    [InlineData("1_000", "1000")]
    [InlineData("0x1F", "31")]
    [InlineData("0o17", "15")]
    [InlineData("017", "15")]
    [InlineData("0b101", "5")]
    [InlineData("-0b101", "-5")]
    [InlineData("09", "9")]
    [InlineData("1e3", "1000")]
    [InlineData(".5", "0.5")]
    [InlineData("1.10", "1.1")]
    [InlineData("99999999999999999999", "1E+20")]
    [InlineData("_1", "\"_1\"")]
    [InlineData("yesterday", "\"yesterday\"")]
    [InlineData("0x", "\"0x\"")]
    [InlineData(".inf", "\".inf\"")]
    [InlineData("+", "\"+\"")]
    [InlineData("12:30:45", "\"12:30:45\"")]
    [InlineData("2001-12-14", "\"2001-12-14\"")]
    [InlineData("ghcr.io/acme/shop:1.4.2", "\"ghcr.io/acme/shop:1.4.2\"")]
    public void A_plain_scalar_resolves_as_YAML_1_1_does(string plain, string json)
        => AssertJson(json, Value($"v: {plain}\n"));

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("'12'")]
    [InlineData("!!str 12")]
    public void A_quoted_or_tagged_scalar_is_a_string(string scalar)
        => Assert.Equal(JsonValueKind.String, Value($"v: {scalar}\n").ValueKind);

    [Fact]
    public void A_block_scalar_keeps_its_lines_and_its_final_line_break()
        => Assert.Equal("first\nsecond\n", Value("v: |\n  first\n  second\nw: 1\n").GetString());

    [Fact]
    public void Documents_are_read_in_order_and_empty_ones_are_skipped()
    {
        var documents = YamlToJson.Documents("a: 1\n---\n---\nb: [x, 2]\n");
        Assert.Equal(["{\"a\":1}", "{\"b\":[\"x\",2]}"], documents.Select(static d => d.GetRawText()));
    }

    [Fact]
    public void The_string_that_KubernetesClient_cannot_read_is_read()
        => Assert.Equal("<<", Value("v: \"<<\"\n").GetString());

    private static JsonElement Value(string yaml) => YamlToJson.Documents(yaml).Single().GetProperty("v");

    private static void AssertJson(string expected, JsonElement actual)
        => Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(expected).RootElement, actual), $"expected {expected}, read {actual.GetRawText()}");
}
