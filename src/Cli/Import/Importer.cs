using System;
using System.Collections.Generic;
using System.Linq;
using Consort.Cli.Verify;
using static Consort.Cli.Import.CSharpWriter;

namespace Consort.Cli.Import;

/// <summary>
/// The import: workloads become classes with their companions folded in, the rest a manifest set; then the C# is
/// built in-process and every object compared with its input. A workload whose class does not give back the
/// same objects is kept as written in the manifest set instead (with a note saying where it differed); an object
/// that even so does not build back is an error.
/// </summary>
internal static class Importer
{
    private static readonly string[] Usings = ["Consort"];

    public static ImportResult Run(IReadOnlyList<KubeObject> input, string? csharpNamespace, string setName)
    {
        var result = new ImportResult();
        var objects = new List<KubeObject>();
        var seen = new Dictionary<(string, string, string?, string), KubeObject>();
        foreach (var o in input)
        {
            if (ApiCatalog.NotServed(o) is { } reason)
            {
                result.Messages.Add(new ImportMessage(true, o.Source, o.ToString(), reason + "; not imported"));
            }
            else if (seen.TryGetValue(o.Identity, out var first))
            {
                // The API server keeps one object per kind, namespace and name: which one is meant is the user's call.
                result.Messages.Add(new ImportMessage(true, o.Source, o.ToString(), $"has the API group, kind, namespace and name of an object of {first.Source}; not imported"));
            }
            else
            {
                seen.Add(o.Identity, o);
                objects.Add(o);
            }
        }

        result.Objects = objects.Count;
        var names = new Identifiers();
        var groups = objects.Where(WorkloadKinds.IsWorkload).Select(w => new WorkloadGroup(w, names.Claim(w.Name, w.Kind))).ToList();
        var setClass = names.Claim(setName, "Manifests");
        var loose = new List<KubeObject>();
        foreach (var o in objects.Where(static o => !WorkloadKinds.IsWorkload(o)))
        {
            var owners = groups.Where(g => Relations.BelongsTo(o, g.Workload)).ToList();
            if (owners.Count == 1)
            {
                owners[0].Companions.Add(o);
            }
            else
            {
                loose.Add(o);
            }
        }

        var failed = new HashSet<KubeObject>();
        // Each round keeps one more workload as written or rejects one more object, or ends: it settles.
        while (true)
        {
            ImportClasses(groups);
            var files = Render(groups, loose, failed, csharpNamespace, setName, setClass);
            var outcome = InProcessBuild.Run(files, groups.Select(g => Qualified(csharpNamespace, g.ClassName)).Append(Qualified(csharpNamespace, setClass)));
            var differences = Differences(objects.Where(o => !failed.Contains(o)), outcome, objects);
            var changed = false;
            var problems = new List<(WorkloadGroup Group, string Problem, bool ByCompiler)>();
            foreach (var group in groups.Where(static g => !g.KeptAsWritten))
            {
                var file = group.ClassName + ".cs";
                if (outcome.Errors.FirstOrDefault(e => e.File == file) is { } error)
                {
                    problems.Add((group, $"{error.Id} {error.Message}", error.Id.StartsWith("CS", StringComparison.Ordinal)));
                }
                else if (group.Objects.Select(o => differences[o]).FirstOrDefault(static d => d is not null) is { } difference)
                {
                    problems.Add((group, difference, false));
                }
            }

            // A compiler error may come from another class kept as written this round (an [EnvFromService] to its
            // Service): such a class gets another round, unless compiler errors are all there is.
            foreach (var (group, problem, _) in problems.Any(static p => !p.ByCompiler) ? problems.Where(static p => !p.ByCompiler) : problems)
            {
                group.KeptAsWritten = true;
                changed = true;
                result.Messages.Add(new ImportMessage(false, group.Workload.Source, group.Workload.ToString(), $"kept as written in {setName}: as a class it did not build back the same ({problem})"));
            }

            var setProblems = outcome.Errors.Where(e => e.File == setClass + ".cs").ToList();
            if (setProblems.Count > 0)
            {
                // Which [Manifest] is wrong: each object of the set alone.
                foreach (var o in SetObjects(groups, loose, failed))
                {
                    var alone = InProcessBuild.Run(new Dictionary<string, string> { [setClass + ".cs"] = SetFile([o], csharpNamespace, setName, setClass) }, []);
                    if (alone.Errors.FirstOrDefault() is { } error)
                    {
                        failed.Add(o);
                        changed = true;
                        result.Messages.Add(new ImportMessage(true, o.Source, o.ToString(), $"not imported: Consort rejects it as written ({error.Id} {error.Message})"));
                    }
                }
            }

            if (changed)
            {
                continue;
            }

            // Whatever error is left names no workload and no object that can be set apart: it is reported as it is.
            foreach (var error in outcome.Errors.Where(e => groups.All(g => g.KeptAsWritten || e.File != g.ClassName + ".cs")))
            {
                result.Messages.Add(new ImportMessage(true, error.File, "C#", $"line {error.Line}: {error.Id} {error.Message}"));
            }

            Summarize(result, groups, SetObjects(groups, loose, failed), differences, failed);
            foreach (var (name, text) in files)
            {
                result.Files[name] = text;
            }

            return result;
        }
    }

    /// <summary>Imports each workload still to be a class, twice: the second time every Service part is known, so env values can name them.</summary>
    private static void ImportClasses(List<WorkloadGroup> groups)
    {
        var context = new ImportContext();
        for (var pass = 0; pass < 2; pass++)
        {
            var next = new ImportContext();
            next.Services.AddRange(context.Services);
            foreach (var group in groups.Where(static g => !g.KeptAsWritten))
            {
                group.Class = WorkloadImporter.Import(group.Workload, group.ClassName, next, group.Companions);
            }

            context = next;
        }
    }

    private static string Qualified(string? ns, string name) => ns is null ? name : ns + "." + name;

    /// <summary>For each of <paramref name="expected"/>, where the object of the same identity that the build wrote differs from it (null: equal).</summary>
    private static Dictionary<KubeObject, string?> Differences(IEnumerable<KubeObject> expected, BuildOutcome outcome, IReadOnlyList<KubeObject> all)
    {
        var built = new Dictionary<(string, string, string?, string), KubeObject>();
        foreach (var o in outcome.YamlByClass.Values.SelectMany(static yaml => InputReader.Read("built", yaml, [])))
        {
            built[o.Identity] = o;
        }

        return expected.ToDictionary(
            static o => o,
            o => !built.TryGetValue(o.Identity, out var actual) ? $"{o} was not written"
                : SemanticComparison.FirstDifference(o, actual, Relations.NamedPorts(o, all)) is { } difference ? $"{o}: {difference}"
                : null);
    }

    private static IEnumerable<KubeObject> SetObjects(List<WorkloadGroup> groups, List<KubeObject> loose, HashSet<KubeObject> failed)
        => groups.Where(static g => g.KeptAsWritten).SelectMany(static g => g.Objects).Concat(loose).Where(o => !failed.Contains(o));

    private static Dictionary<string, string> Render(List<WorkloadGroup> groups, List<KubeObject> loose, HashSet<KubeObject> failed, string? ns, string setName, string setClass)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups.Where(static g => !g.KeptAsWritten))
        {
            var imported = group.Class!;
            var type = new ClassText(imported.Class.Name) { Summary = $"{group.Workload.Kind} {group.Workload.Name}, imported from {System.IO.Path.GetFileName(group.Workload.Source)}." };
            type.Attributes.AddRange(imported.Class.Attributes);
            foreach (var companion in group.Companions.Where(c => !imported.Folded.Contains(c)))
            {
                type.Attributes.Add(new AttributeText("Manifest").Arg(String(YamlText.WriteForAttribute(companion.Object))));
            }

            type.Parts.AddRange(imported.Class.Parts);
            files[group.ClassName + ".cs"] = CSharpWriter.File(ns, [type], Usings);
        }

        var set = SetObjects(groups, loose, failed).ToList();
        if (set.Count > 0)
        {
            files[setClass + ".cs"] = SetFile(set, ns, setName, setClass);
        }

        return files;
    }

    private static string SetFile(IEnumerable<KubeObject> objects, string? ns, string setName, string setClass)
    {
        var type = new ClassText(setClass) { Summary = "The imported objects that belong to no workload, kept as written." };
        type.Add("ManifestSet").Arg(String(setName));
        foreach (var o in objects)
        {
            type.Add("Manifest").Arg(String(YamlText.WriteForAttribute(o.Object)));
        }

        return CSharpWriter.File(ns, [type], Usings);
    }

    private static void Summarize(ImportResult result, List<WorkloadGroup> groups, IEnumerable<KubeObject> set, Dictionary<KubeObject, string?> differences, HashSet<KubeObject> failed)
    {
        foreach (var (o, difference) in differences)
        {
            if (difference is not null)
            {
                result.Messages.Add(new ImportMessage(true, o.Source, o.ToString(), "does not build back the same: " + difference));
            }
            else
            {
                result.Equal++;
            }
        }

        // Workloads Consort rejects as written are not ones the API server accepts: they are errors, not figures.
        foreach (var group in groups.Where(g => !failed.Contains(g.Workload)))
        {
            if (group.KeptAsWritten)
            {
                result.FieldsPatched += group.Class!.Fields - group.Class.Defaults;
                result.FieldsDefaulted += group.Class.Defaults;
                continue;
            }

            result.Workloads++;
            result.PartsFolded += group.Class!.Folded.Count;
            result.Patches += CountPatches(group.Class.Class);
            result.ManifestsKept += group.Companions.Count - group.Class.Folded.Count;
            result.FieldsTyped += group.Class.Typed;
            result.FieldsPatched += group.Class.Patched;
            result.FieldsDefaulted += group.Class.Defaults;
        }

        result.ManifestsKept += set.Count();
    }

    private static int CountPatches(ClassText type) => type.Attributes.Count(static a => a.Name == "Patch") + type.Parts.Sum(CountPatches);

    private sealed class WorkloadGroup(KubeObject workload, string className)
    {
        public KubeObject Workload { get; } = workload;

        public string ClassName { get; } = className;

        public List<KubeObject> Companions { get; } = [];

        public WorkloadClass? Class { get; set; }

        public bool KeptAsWritten { get; set; }

        public IEnumerable<KubeObject> Objects => Companions.Prepend(Workload);
    }
}
