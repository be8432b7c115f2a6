using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Consort.Build;

/// <summary>
/// Writes the manifests stored in the compiled assembly to <see cref="OutputDirectory"/>, one file per workload
/// plus a <c>kustomization.yaml</c>, rewriting only the files whose content changed and removing the ones it wrote
/// before that no longer exist. With <see cref="Check"/> it writes nothing and fails, with a diff, when the files
/// on disk differ: the CI guard for committed manifests.
/// </summary>
public sealed class WriteManifests : Task
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The kinds in manifest file names (<c>shop.deployment.yaml</c>).</summary>
    private static readonly string[] ManifestKinds = ["pod", "deployment", "statefulset", "daemonset", "job", "cronjob"];

    /// <summary>The compiled assembly (<c>@(IntermediateAssembly)</c>).</summary>
    [Required]
    public string Assembly { get; set; } = string.Empty;

    /// <summary>Where the manifests go.</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>A file listing what the previous build wrote, so that manifests of removed workloads are deleted.</summary>
    public string? PreviousFiles { get; set; }

    /// <summary>Compare instead of writing, and fail when the files on disk differ.</summary>
    public bool Check { get; set; }

    /// <summary>Every file that belongs to the manifests (for <c>FileWrites</c>, so that <c>dotnet clean</c> removes them).</summary>
    [Output]
    public ITaskItem[] Files { get; private set; } = [];

    /// <inheritdoc/>
    public override bool Execute()
    {
        var manifests = ManifestReader.Read(Assembly);
        var duplicates = manifests.GroupBy(static m => m.Key, System.StringComparer.OrdinalIgnoreCase).Where(static g => g.Count() > 1).Select(static g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            Log.LogError(null, "CNSB02", null, null, 0, 0, 0, 0, $"Two workloads would write the same manifest file: {string.Join(", ", duplicates)}. Give them different names or kinds.");
            return false;
        }

        var expected = new List<KeyValuePair<string, string>>(manifests);
        if (manifests.Count > 0)
        {
            expected.Add(new KeyValuePair<string, string>("kustomization.yaml", Kustomization(manifests.Select(static m => m.Key))));
        }

        var outputDirectory = Path.GetFullPath(OutputDirectory);
        Files = expected.Select(m => (ITaskItem)new TaskItem(Path.Combine(outputDirectory, m.Key))).ToArray();
        return Check ? CompareWithDisk(outputDirectory, expected) : WriteToDisk(outputDirectory, expected);
    }

    /// <summary>The full paths of <see cref="Files"/>, the files this build produces.</summary>
    private HashSet<string> ProducedPaths() => new(Files.Select(static f => f.ItemSpec), System.StringComparer.Ordinal);

    /// <summary>A kustomization that lists every manifest, sorted, so that <c>kubectl apply -k</c> applies them all.</summary>
    public static string Kustomization(IEnumerable<string> files)
    {
        var text = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
        foreach (var file in files.OrderBy(static f => f, System.StringComparer.Ordinal))
        {
            text.Append("  - ").Append(file).Append('\n');
        }

        return text.ToString();
    }

    private bool WriteToDisk(string outputDirectory, List<KeyValuePair<string, string>> expected)
    {
        Directory.CreateDirectory(outputDirectory);
        var written = 0;
        foreach (var (name, content) in expected.Select(static e => (e.Key, e.Value)))
        {
            var path = Path.Combine(outputDirectory, name);
            if (File.Exists(path) && File.ReadAllText(path, Utf8) == content)
            {
                continue;
            }

            File.WriteAllText(path, content, Utf8);
            written++;
        }

        var produced = ProducedPaths();
        var stale = ReadPreviousFiles().Where(p => !produced.Contains(p)).Where(File.Exists).ToList();
        foreach (var path in stale)
        {
            File.Delete(path);
        }

        Log.LogMessage(MessageImportance.Normal, $"Consort: {expected.Count} manifest files in {outputDirectory} ({written} written, {expected.Count - written} unchanged, {stale.Count} removed)");
        return true;
    }

    private bool CompareWithDisk(string outputDirectory, List<KeyValuePair<string, string>> expected)
    {
        var different = 0;
        foreach (var (name, content) in expected.Select(static e => (e.Key, e.Value)))
        {
            var path = Path.Combine(outputDirectory, name);
            if (!File.Exists(path))
            {
                Log.LogError(null, "CNSB03", null, path, 0, 0, 0, 0, $"{name} is missing from {outputDirectory}; build without ConsortCheckManifests=true to write it, and commit it.");
                different++;
                continue;
            }

            var onDisk = File.ReadAllText(path, Utf8).Replace("\r\n", "\n");
            if (onDisk != content)
            {
                Log.LogError(null, "CNSB03", null, path, 0, 0, 0, 0, $"{name} differs from what the code produces (- on disk, + from the code):\n{LineDiff.Unified(onDisk, content)}Build without ConsortCheckManifests=true to update it, and commit it.");
                different++;
            }
        }

        // A fresh CI clone has no list of previous files: a stale manifest is recognised by its <name>.<kind>.yaml form.
        var manifestsOnDisk = Directory.Exists(outputDirectory)
            ? Directory.GetFiles(outputDirectory, "*.yaml").Where(static p => ManifestKinds.Any(k => p.EndsWith("." + k + ".yaml", System.StringComparison.Ordinal)))
            : [];
        var produced = ProducedPaths();
        foreach (var path in manifestsOnDisk.Where(p => !produced.Contains(p)))
        {
            Log.LogError(null, "CNSB03", null, path, 0, 0, 0, 0, $"{Path.GetFileName(path)} is no longer produced by the code; delete it.");
            different++;
        }

        if (different == 0)
        {
            Log.LogMessage(MessageImportance.Normal, $"Consort: the {expected.Count} manifest files in {outputDirectory} match the code");
        }

        return different == 0;
    }

    private IEnumerable<string> ReadPreviousFiles()
        => PreviousFiles is { Length: > 0 } list && File.Exists(list)
            ? File.ReadAllLines(list).Where(static l => l.Trim().Length > 0)
            : [];
}
