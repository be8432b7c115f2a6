using Consort.Generator.Manifest;
using Consort.Generator.Model;
using Consort.Generator.Parsing;

namespace Consort.Generator.Emit;

/// <summary>
/// Writes <c>CreateBuilder()</c>, the workload's <c>Builder</c> (only the methods its kind supports, plus one
/// accessor per container) and its <c>ContainerBuilder</c>.
/// </summary>
internal static class BuilderEmitter
{
    public static void Write(SourceWriter writer, WorkloadSpec spec, LoweredWorkload lowered)
    {
        var model = ModelInitializerWriter.ModelsNamespace + lowered.Workload.ModelType;
        var jobSpec = spec.Kind switch
        {
            WorkloadKind.Job => "w.Spec",
            WorkloadKind.CronJob => "w.Spec.JobTemplate.Spec",
            _ => null,
        };
        var template = spec.Kind switch
        {
            WorkloadKind.Pod => null,
            WorkloadKind.CronJob => "w.Spec.JobTemplate.Spec.Template",
            _ => "w.Spec.Template",
        };
        var podSpec = template is null ? "w.Spec" : template + ".Spec";
        var templateMetadata = template is null ? null : template + ".Metadata";

        writer.Line("/// <summary>Starts a builder that changes a copy of this workload, for deployment code, tests and operators.</summary>")
            .Line(GeneratedCodeInfo.Attribute)
            .Line("public static Builder CreateBuilder() => new Builder();")
            .Line()
            .Line("/// <summary>")
            .Line("/// Changes a copy of this workload. Each <see cref=\"Build\"/> starts from the declared workload and applies the")
            .Line("/// changes in the order they were made.")
            .Line("/// </summary>")
            .Line(GeneratedCodeInfo.Attribute)
            .Line("public sealed class Builder")
            .OpenBrace()
            .Line($"private readonly global::System.Collections.Generic.List<global::System.Action<{model}>> _changes = new();")
            .Line()
            .Line("internal Builder()")
            .OpenBrace()
            .CloseBrace()
            .Line();

        if (spec.Kind is WorkloadKind.Deployment or WorkloadKind.StatefulSet)
        {
            Method(writer, "Sets the number of pods (<c>spec.replicas</c>).", "WithReplicas(int replicas)", "w.Spec.Replicas = replicas");
        }

        if (spec.Kind is WorkloadKind.Pod or WorkloadKind.Job or WorkloadKind.CronJob)
        {
            Method(writer, "Sets the pods' <c>restartPolicy</c>.", "WithRestartPolicy(global::Consort.PodRestartPolicy restartPolicy)", podSpec + ".RestartPolicy = restartPolicy.ToString()");
        }

        if (jobSpec is not null)
        {
            Method(writer, "Sets the retries before the Job fails (<c>backoffLimit</c>).", "WithBackoffLimit(int backoffLimit)", jobSpec + ".BackoffLimit = backoffLimit");
            Method(writer, "Sets the successful pods needed (<c>completions</c>).", "WithCompletions(int completions)", jobSpec + ".Completions = completions");
            Method(writer, "Sets the pods that run at once (<c>parallelism</c>).", "WithParallelism(int parallelism)", jobSpec + ".Parallelism = parallelism");
            Method(writer, "Sets the seconds after it finishes before the Job is deleted.", "WithTtlSecondsAfterFinished(int seconds)", jobSpec + ".TtlSecondsAfterFinished = seconds");
        }

        if (spec.Kind == WorkloadKind.CronJob)
        {
            Method(writer, "Sets the schedule, in cron format.", "WithSchedule(string schedule)", "w.Spec.Schedule = schedule");
            Method(writer, "Sets what happens when a run is due while the previous one still runs.", "WithConcurrencyPolicy(global::Consort.ConcurrencyPolicy concurrencyPolicy)", "w.Spec.ConcurrencyPolicy = concurrencyPolicy.ToString()");
        }

        Method(writer, "Sets the namespace.", "WithNamespace(string @namespace)", "w.Metadata.NamespaceProperty = @namespace");
        Method(writer, "Sets the pod's service account.", "WithServiceAccount(string serviceAccountName)", podSpec + ".ServiceAccountName = serviceAccountName");
        MetadataMapMethod(writer, "label", "Labels", templateMetadata);
        MetadataMapMethod(writer, "annotation", "Annotations", templateMetadata);

        foreach (var container in lowered.Containers)
        {
            var list = podSpec + (container.InInitContainers ? ".InitContainers" : ".Containers");
            Method(
                writer,
                $"Changes the container <c>{WorkloadEmitter.Xml(container.ContainerName)}</c>.",
                $"{container.ClassName}(global::System.Action<ContainerBuilder> configure)",
                $"configure(new ContainerBuilder(global::System.Linq.Enumerable.First({list}, c => c.Name == {ModelInitializerWriter.Literal(container.ContainerName)})))");
        }

        writer.Line("/// <summary>Builds a new workload with the changes applied.</summary>")
            .Line($"public {model} Build()")
            .OpenBrace()
            .Line($"var w = {spec.Type.Name}.Build();")
            .Line("foreach (var change in _changes)")
            .OpenBrace()
            .Line("change(w);")
            .CloseBrace()
            .Line()
            .Line("return w;")
            .CloseBrace()
            .Line()
            .Line($"private Builder Change(global::System.Action<{model}> change)")
            .OpenBrace()
            .Line("_changes.Add(change);")
            .Line("return this;")
            .CloseBrace()
            .Line()
            .Line("private static void Set(global::System.Collections.Generic.IDictionary<string, string> map, string key, string value) => map[key] = value;")
            .CloseBrace()
            .Line();

        WriteContainerBuilder(writer);
    }

    /// <summary><c>WithLabel</c> or <c>WithAnnotation</c>: on the workload and, when it has one, on its pod template.</summary>
    private static void MetadataMapMethod(SourceWriter writer, string what, string property, string? templateMetadata)
    {
        const string NewMap = "new global::System.Collections.Generic.Dictionary<string, string>()";
        var change = $"{{ Set(w.Metadata.{property} ??= {NewMap}, key, value);"
            + (templateMetadata is null ? string.Empty : $" Set({templateMetadata}.{property} ??= {NewMap}, key, value);")
            + " }";
        var summary = $"Adds or replaces {(what == "label" ? "a" : "an")} {what} on the workload"
            + (templateMetadata is null ? "." : " and its pod template" + (what == "label" ? " (not on the selector)." : "."));
        var method = "With" + Naming.ToPascalCase(what);
        Method(writer, summary, method + "(string key, string value)", change);
    }

    private static void Method(SourceWriter writer, string summary, string signature, string change)
        => writer.Line("/// <summary>" + summary + "</summary>")
            .Line("public Builder " + signature + " => Change(w => " + change + ");")
            .Line();

    private static void WriteContainerBuilder(SourceWriter writer)
        => writer.Line("/// <summary>Changes one container of the workload being built.</summary>")
            .Line(GeneratedCodeInfo.Attribute)
            .Line("public sealed class ContainerBuilder")
            .OpenBrace()
            .Line("internal ContainerBuilder(global::k8s.Models.V1Container container) => Container = container;")
            .Line()
            .Line("/// <summary>The container model itself, for changes that have no method here.</summary>")
            .Line("public global::k8s.Models.V1Container Container { get; }")
            .Line()
            .Line("/// <summary>Sets the image.</summary>")
            .Line("public ContainerBuilder WithImage(string image) => Change(() => Container.Image = image);")
            .Line()
            .Line("/// <summary>Sets the entrypoint (<c>command</c>).</summary>")
            .Line("public ContainerBuilder WithCommand(params string[] command) => Change(() => Container.Command = new global::System.Collections.Generic.List<string>(command));")
            .Line()
            .Line("/// <summary>Sets the arguments (<c>args</c>).</summary>")
            .Line("public ContainerBuilder WithArgs(params string[] args) => Change(() => Container.Args = new global::System.Collections.Generic.List<string>(args));")
            .Line()
            .Line("/// <summary>Sets the image pull policy.</summary>")
            .Line("public ContainerBuilder WithImagePullPolicy(global::Consort.ImagePullPolicy policy) => Change(() => Container.ImagePullPolicy = policy.ToString());")
            .Line()
            .Line("/// <summary>Sets an environment variable to a literal value, replacing any variable of that name.</summary>")
            .Line("public ContainerBuilder WithEnv(string name, string value)")
            .OpenBrace()
            .Line("var env = Container.Env ??= new global::System.Collections.Generic.List<global::k8s.Models.V1EnvVar>();")
            .Line("for (var i = 0; i < env.Count; i++)")
            .OpenBrace()
            .Line("if (env[i].Name == name)")
            .OpenBrace()
            .Line("env[i] = new global::k8s.Models.V1EnvVar { Name = name, Value = value };")
            .Line("return this;")
            .CloseBrace()
            .CloseBrace()
            .Line()
            .Line("env.Add(new global::k8s.Models.V1EnvVar { Name = name, Value = value });")
            .Line("return this;")
            .CloseBrace()
            .Line()
            .Line("/// <summary>Sets the requests and limits that are given, as quantities such as <c>250m</c> or <c>256Mi</c>; the others are kept.</summary>")
            .Line("public ContainerBuilder WithResources(string? cpuRequest = null, string? cpuLimit = null, string? memoryRequest = null, string? memoryLimit = null)")
            .OpenBrace()
            .Line("var resources = Container.Resources ??= new global::k8s.Models.V1ResourceRequirements();")
            .Line("resources.Requests = Quantity(Quantity(resources.Requests, \"cpu\", cpuRequest), \"memory\", memoryRequest);")
            .Line("resources.Limits = Quantity(Quantity(resources.Limits, \"cpu\", cpuLimit), \"memory\", memoryLimit);")
            .Line("return this;")
            .CloseBrace()
            .Line()
            .Line("private static global::System.Collections.Generic.IDictionary<string, global::k8s.Models.ResourceQuantity>? Quantity(global::System.Collections.Generic.IDictionary<string, global::k8s.Models.ResourceQuantity>? map, string resource, string? value)")
            .OpenBrace()
            .Line("if (value is null)")
            .OpenBrace()
            .Line("return map;")
            .CloseBrace()
            .Line()
            .Line("map ??= new global::System.Collections.Generic.Dictionary<string, global::k8s.Models.ResourceQuantity>();")
            .Line("map[resource] = new global::k8s.Models.ResourceQuantity(value);")
            .Line("return map;")
            .CloseBrace()
            .Line()
            .Line("private ContainerBuilder Change(global::System.Action change)")
            .OpenBrace()
            .Line("change();")
            .Line("return this;")
            .CloseBrace()
            .CloseBrace()
            .Line();
}
