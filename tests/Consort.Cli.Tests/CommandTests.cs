namespace Consort.Cli.Tests;

/// <summary>The command line: arguments, files and folders in, files out, a line per file, a summary, and the exit code.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("consort-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Web = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
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
        """;

    [Fact]
    public void A_folder_is_read_file_by_file_and_the_classes_are_written_to_the_output_folder()
    {
        Write("yaml/web.yaml", Web);
        Write("yaml/rbac/role.yml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: reader\nrules: []\n");
        Write("yaml/kustomization.yaml", "resources: [web.yaml]\n");
        Write("yaml/notes.txt", "not yaml");
        var output = Path.Combine(_folder, "cs");

        var (code, text, error) = Run("import", Path.Combine(_folder, "yaml"), "--output", output, "--namespace", "Acme.Deploy");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("read " + Path.Combine(_folder, "yaml", "rbac", "role.yml") + ": 1 object", text, StringComparison.Ordinal);
        Assert.Contains("read " + Path.Combine(_folder, "yaml", "web.yaml") + ": 1 object", text, StringComparison.Ordinal);
        Assert.Contains("imported 2 objects from 2 files into 2 C# files", text, StringComparison.Ordinal);
        Assert.Contains("1 workloads, 0 parts folded in, 0 patches, 1 manifests kept as written", text, StringComparison.Ordinal);
        Assert.Contains("round trip: 2/2 objects equal", text, StringComparison.Ordinal);
        Assert.Equal(["Web.cs", "YamlManifests.cs"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("using Consort;\n\nnamespace Acme.Deploy;\n", File.ReadAllText(Path.Combine(output, "Web.cs")), StringComparison.Ordinal);
        Assert.Contains("[ManifestSet(\"yaml\")]", File.ReadAllText(Path.Combine(output, "YamlManifests.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public void What_cannot_be_carried_over_is_an_error_line_and_exit_code_1()
    {
        var input = Write("broken.yaml", Web + "\n---\n: not: valid\n");
        var old = Write("old.yaml", Web.Replace("apps/v1", "extensions/v1beta1", StringComparison.Ordinal));

        var (code, text, error) = Run("import", input, old, "--output", Path.Combine(_folder, "cs"));

        Assert.Equal(1, code);
        Assert.Contains("error: " + old + ": Deployment/web: extensions/v1beta1 Deployment is not served by the Kubernetes API Consort builds on", error, StringComparison.Ordinal);
        Assert.Contains("error: " + input + ": not valid YAML", error, StringComparison.Ordinal);
        Assert.Contains("round trip: 0/0 objects equal", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], 2)]
    [InlineData(new[] { "--help" }, 0)]
    [InlineData(new[] { "export", "x.yaml" }, 2)]
    [InlineData(new[] { "import" }, 2)]
    [InlineData(new[] { "import", "x.yaml", "--namespace", "class" }, 2)]
    [InlineData(new[] { "import", "x.yaml", "--frobnicate" }, 2)]
    [InlineData(new[] { "import", "x.yaml", "--output" }, 2)]
    public void Usage_errors_exit_with_2_and_say_how_to_use_the_command(string[] args, int expected)
    {
        var (code, text, error) = Run(args);
        Assert.Equal(expected, code);
        Assert.Contains("Usage: consort import", text + error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_is_an_error()
    {
        var (code, _, error) = Run("import", Path.Combine(_folder, "nothing.yaml"), "--output", Path.Combine(_folder, "cs"));
        Assert.Equal(1, code);
        Assert.Contains("no such file or folder", error, StringComparison.Ordinal);
    }
}
