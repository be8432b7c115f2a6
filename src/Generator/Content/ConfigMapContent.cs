using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Consort.Generator.Helpers;
using Consort.Generator.Model;

namespace Consort.Generator.Content;

/// <summary>
/// Completes a workload's <c>[ConfigMap]</c> parts once the project's files are known (SPEC 7.3): reads the files
/// their keys name, checks the 1 MiB limit, computes the content-hash suffix and points every reference by name
/// (mounts, <c>envFrom</c>, env keys) at the suffixed name.
/// </summary>
/// <remarks>
/// The generator runs it in two steps: <see cref="Read"/> picks out what one workload reads, which is equal from run to
/// run unless one of its own files changed, so <see cref="Complete"/> runs again for that workload only.
/// </remarks>
internal static class ConfigMapContent
{
    /// <summary>The ConfigMap API's limit on the values of one object together (<c>ValidateConfigMap</c> counts the values, not the keys).</summary>
    public const int MaxTotalBytes = 1024 * 1024;

    /// <summary>The workload with the files its ConfigMaps name, read from <paramref name="files"/>.</summary>
    public static WorkloadFiles? Read(WorkloadSpec? spec, ProjectFiles files, CancellationToken cancellationToken)
    {
        if (spec is null)
        {
            return null;
        }

        if (!spec.Volumes.Any(static v => v.Content is not null))
        {
            return new WorkloadFiles(spec, EquatableArray<FileContent>.Empty);
        }

        var contents = new List<FileContent>();
        foreach (var volume in spec.Volumes)
        {
            foreach (var entry in volume.Content?.Entries ?? default)
            {
                if (entry.File is { } path && !contents.Any(c => c.Path == path))
                {
                    contents.Add(ReadFile(path, files, cancellationToken));
                }
            }
        }

        return new WorkloadFiles(spec, contents.ToEquatableArray());
    }

    /// <summary>The workload with its ConfigMaps complete, or null when one cannot be (the generator drops it, as for any error).</summary>
    public static WorkloadSpec? Complete(WorkloadFiles? input)
    {
        if (input is null)
        {
            return null;
        }

        var spec = input.Spec;
        if (!spec.Volumes.Any(static v => v.Content is not null))
        {
            return spec;
        }

        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var volumes = new List<VolumeSpec>(spec.Volumes.Count);
        foreach (var volume in spec.Volumes)
        {
            if (volume.Content is not { } content)
            {
                volumes.Add(volume);
                continue;
            }

            if (Entries(volume, content, input, problems: null) is not { } entries)
            {
                return null;
            }

            var suffix = content.HashSuffix ? Suffix(content.Name, entries) : null;
            var complete = content with { Entries = entries.ToEquatableArray(), Suffix = suffix };
            if (suffix is not null)
            {
                renamed[content.Name] = complete.ObjectName;
            }

            volumes.Add(volume with { Content = complete });
        }

        return Rename(spec with { Volumes = volumes.ToEquatableArray() }, renamed);
    }

    /// <summary>What keeps the workload's ConfigMaps from being completed, for the analyzer to report (no hash is computed).</summary>
    public static List<ContentProblem> Problems(WorkloadFiles input)
    {
        var problems = new List<ContentProblem>();
        foreach (var volume in input.Spec.Volumes)
        {
            if (volume.Content is { } content)
            {
                Entries(volume, content, input, problems);
            }
        }

        return problems;
    }

    /// <summary>
    /// The ConfigMap's entries with their files read, or null when a file is missing or garbled or the values pass
    /// 1 MiB; each problem goes to <paramref name="problems"/>, when given.
    /// </summary>
    private static List<ConfigMapEntrySpec>? Entries(VolumeSpec volume, ConfigMapContentSpec content, WorkloadFiles input, List<ContentProblem>? problems)
    {
        var ok = true;
        var entries = new List<ConfigMapEntrySpec>(content.Entries.Count);
        var size = 0L;
        foreach (var entry in content.Entries)
        {
            var read = entry;
            if (entry.File is { } path)
            {
                var file = input.Files.First(f => f.Path == path);
                if (file.Value is null || file.Garbled)
                {
                    ok = false;
                    problems?.Add(new ContentProblem(
                        volume.Name,
                        entry.Key,
                        file.Value is null
                            ? $"File '{path}' of ConfigMap '{content.Name}' is not an AdditionalFiles item of this project, or does not exist; add <AdditionalFiles Include=\"{path}\" /> to the project file"
                            : $"File '{path}' of ConfigMap '{content.Name}' is not UTF-8, and its bytes did not reach the generator: Consort's build targets hand such a file over as base64 for binaryData; build with the Consort package's targets, or save the file as UTF-8"));
                    continue;
                }

                read = new ConfigMapEntrySpec(entry.Key, file.Value, null, file.Binary);
            }

            size += read.Binary ? Base64Length(read.Value!) : Encoding.UTF8.GetByteCount(read.Value!);
            entries.Add(read);
        }

        if (size > MaxTotalBytes)
        {
            ok = false;
            problems?.Add(new ContentProblem(volume.Name, null, $"ConfigMap '{content.Name}' holds {size.ToString(CultureInfo.InvariantCulture)} bytes of values; the API server takes at most 1 MiB ({MaxTotalBytes.ToString(CultureInfo.InvariantCulture)} bytes). Mount large files from a volume instead"));
        }

        return ok ? entries : null;
    }

    /// <summary>The kustomize suffix of a ConfigMap with these entries.</summary>
    public static string Suffix(string name, IReadOnlyCollection<ConfigMapEntrySpec> entries)
    {
        var data = ConfigMapContentSpec.Data(entries).ToList();
        return KustomizeHash.ConfigMapSuffix(name, data.Count == 0 ? null : data, ConfigMapContentSpec.BinaryData(entries).ToList());
    }

    /// <summary>Every reference by name to a suffixed ConfigMap (a mount's volume, <c>envFrom</c>, an env key) uses the suffixed name.</summary>
    private static WorkloadSpec Rename(WorkloadSpec spec, Dictionary<string, string> renamed)
    {
        if (renamed.Count == 0)
        {
            return spec;
        }

        string Name(string name) => renamed.TryGetValue(name, out var suffixed) ? suffixed : name;
        return spec with
        {
            Volumes = spec.Volumes.Select(v => v.Kind == VolumeKind.ConfigMap && v.SourceName is { } source ? v with { SourceName = Name(source) } : v).ToEquatableArray(),
            Containers = spec.Containers.Select(c => c with
            {
                Env = c.Env.Select(e => e.Source == EnvSource.ConfigMap && e.ObjectName is { } name ? e with { ObjectName = Name(name) } : e).ToEquatableArray(),
                EnvFrom = c.EnvFrom.Select(e => e.IsSecret ? e : e with { Name = Name(e.Name) }).ToEquatableArray(),
            }).ToEquatableArray(),
        };
    }

    private static FileContent ReadFile(string path, ProjectFiles files, CancellationToken cancellationToken)
        => files.Read(path, cancellationToken) is { } read ? new FileContent(path, read.Value, read.Kind == FileRead.Binary, read.Kind == FileRead.Garbled) : new FileContent(path, null, false);

    // The API server counts a binary value's bytes, not its base64 text.
    private static long Base64Length(string base64) => base64.Length / 4 * 3 - (base64.EndsWith("==", StringComparison.Ordinal) ? 2 : base64.EndsWith("=", StringComparison.Ordinal) ? 1 : 0);
}

/// <summary>A workload and the content of the files its ConfigMaps name: what <see cref="ConfigMapContent.Complete"/> needs.</summary>
internal sealed record WorkloadFiles(WorkloadSpec Spec, EquatableArray<FileContent> Files);

/// <summary>
/// A file as a ConfigMap key holds it: its text, or its bytes in base64 (<paramref name="Binary"/>); a null value when
/// it is not found; <paramref name="Garbled"/> when its bytes were lost in decoding.
/// </summary>
internal sealed record FileContent(string Path, string? Value, bool Binary, bool Garbled = false);

/// <summary>What is wrong with a ConfigMap's content: of the map (<paramref name="Key"/> null) or of one key's file.</summary>
internal sealed record ContentProblem(string VolumeName, string? Key, string Message);
