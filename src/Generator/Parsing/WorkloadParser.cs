using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Consort.Generator.Diagnostics;
using Consort.Generator.Helpers;
using Consort.Generator.Model;
using Consort.Generator.Options;
using Consort.Generator.Patches;
using Consort.Generator.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Consort.Generator.Parsing;

/// <summary>
/// Reads one workload class (its workload attribute, labels, and nested volume and container classes) into a
/// <see cref="WorkloadSpec"/>, reporting every rule it breaks at the argument that breaks it. Never throws on
/// user input: attributes the compiler cannot bind make it stand back and let the compiler's errors speak.
/// </summary>
internal sealed partial class WorkloadParser
{
    private readonly DeclaredType _type;
    // Read only when a workload has a [Patch] or [Manifest]: finding the client's models costs every cold run otherwise.
    private readonly System.Lazy<KubernetesSchema?> _schema;
    private readonly CancellationToken _cancellationToken;
    private readonly ImmutableArray<DiagnosticInfo>.Builder _diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
    private bool _hasErrors;
    private bool _hasUnboundAttributes;
    private bool _hasRejectedContainer;
    private readonly Dictionary<TypeRef, ParsedVolume> _volumeParts = new();
    private KubernetesVersion? _minimumVersion;

    // What container settings are checked against: the workload's kind and pod settings.
    private WorkloadKind _kind;
    private bool _hostNetwork;
    private int _terminationGracePeriodSeconds = 30;
    private string? _namespace;
    private bool _readsSecuritySites;

    private WorkloadParser(DeclaredType type, System.Lazy<KubernetesSchema?> schema, CancellationToken cancellationToken)
    {
        _type = type;
        _schema = schema;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Parses <paramref name="type"/> for the generator, which finds it through <paramref name="declaration"/>: only
    /// the declaration that holds the class's first workload attribute yields it, so that a class declared in several
    /// parts is generated once.
    /// </summary>
    /// <param name="schema">The Kubernetes API of the referenced KubernetesClient, which patches are checked against; null when there is none.</param>
    /// <param name="securitySites">Whether to note where the settings the Pod Security checks read are written (the analyzer asks for them only to report a failure).</param>
    public static WorkloadParseResult? Parse(INamedTypeSymbol type, TypeDeclarationSyntax declaration, System.Lazy<KubernetesSchema?> schema, CancellationToken cancellationToken, bool securitySites = false)
        => Parse(new SymbolDeclaredType(type, cancellationToken), declaration, schema, cancellationToken, securitySites);

    /// <summary>Parses <paramref name="type"/>, found through <paramref name="declaration"/> (see the overload above).</summary>
    public static WorkloadParseResult? Parse(DeclaredType type, TypeDeclarationSyntax declaration, System.Lazy<KubernetesSchema?> schema, CancellationToken cancellationToken, bool securitySites = false)
        => new WorkloadParser(type, schema, cancellationToken) { _readsSecuritySites = securitySites }.Parse(declaration);

    /// <summary>
    /// Parses the workload only when <paramref name="declaration"/> holds the class's first workload attribute (by
    /// file path, then position), so that a class with two workload attributes, or declared in several parts, is
    /// parsed once.
    /// </summary>
    private WorkloadParseResult? Parse(TypeDeclarationSyntax? declaration)
    {
        var workloadAttributes = _type.Attributes
            .Where(static a => a.Name is { } name && KnownAttributes.IsWorkload(name))
            .OrderBy(static a => DeclaredType.SortablePath(a.Tree), System.StringComparer.Ordinal)
            .ThenBy(static a => a.Syntax?.SpanStart ?? 0)
            .ToList();

        if (workloadAttributes.Count == 0 || declaration is not null && !IsIn(workloadAttributes[0], declaration))
        {
            return null;
        }

        var workload = new AttributeArguments(workloadAttributes[0]);
        var kind = KnownAttributes.KindOf(workloadAttributes[0].Name!);
        _kind = kind;
        _hostNetwork = workload.NamedBool("HostNetwork") == true;
        _terminationGracePeriodSeconds = workload.NamedInt("TerminationGracePeriodSeconds") ?? 30;
        CheckDeclaration(workloadAttributes);

        var name = workload.PositionalString(0) ?? string.Empty;
        CheckName(KubernetesNames.CheckWorkloadName(name, kind == WorkloadKind.CronJob), "Workload name", name, workload.Tree, workload.PositionalSpan(0));
        var ns = workload.NamedString("Namespace");
        _namespace = ns;
        if (ns is not null)
        {
            CheckName(KubernetesNames.CheckDns1123Label(ns), "Namespace", ns, workload.Tree, workload.NamedSpan("Namespace"));
        }

        var serviceAccount = workload.NamedString("ServiceAccount");
        if (serviceAccount is not null)
        {
            CheckName(KubernetesNames.CheckDns1123Subdomain(serviceAccount), "Service account", serviceAccount, workload.Tree, workload.NamedSpan("ServiceAccount"));
        }

        CheckNotNegative(workload, "Replicas", "BackoffLimit", "Completions", "Parallelism", "TtlSecondsAfterFinished");
        var restartPolicy = ReadRestartPolicy(kind, workload);
        var kindSettings = ReadKindSettings(kind, name, workload);
        var pod = ReadPodSettings(workload);
        var rollout = ReadRollout(kind, workload);
        var patches = kind == WorkloadKind.ManifestSet ? NoPatchesOnASet() : ReadPatches(_type, "V1" + kind, PatchTarget.Workload);
        CheckDnsConfig(workload, pod, patches);
        var manifests = ReadManifests();
        var labels = ReadKeyValues(KnownAttributes.Label);
        var selector = ReadSelector(kind, name, labels);
        var annotations = ReadKeyValues(KnownAttributes.Annotation);
        var volumes = new List<ParsedVolume>();
        var containers = new List<ParsedContainer>();
        ReadParts(volumes, containers);
        ReadShorthandSidecars(containers);
        var companions = ReadCompanions(kind, workload, containers);
        CheckStrayConfigMapEntries();
        var podSecurity = ReadPodSecurityLevel();
        var generated = ResolvePresets(name, containers);
        CheckJobSidecars(kind, containers);
        CheckClaimTemplatesMounted(volumes, containers);
        CheckPatchedContainers(containers);
        CheckUniqueNames(volumes.Select(static v => (v.Spec.Name, v.NameLocation)).Concat(generated.Volumes), "Volume");
        CheckUniqueNames(volumes.Where(static v => v.Spec.Content is not null).Select(static v => (v.Spec.Content!.Name, v.NameLocation)), "ConfigMap");
        CheckUniqueNames(
            containers.Where(static c => c.Spec.Image is not null).Select(static c => (c.Spec.Name, c.NameLocation)).Concat(generated.Containers),
            "Container");
        if (kind == WorkloadKind.ManifestSet)
        {
            CheckManifestSet(workload, name, volumes, containers);
        }
        else if (!containers.Any(static c => c.Spec.Role == ContainerRole.App) && !_hasUnboundAttributes && !_hasRejectedContainer)
        {
            Report(
                DiagnosticDescriptors.MissingContainerOrImage,
                workload.Tree,
                workload.NameSpan,
                $"Workload '{name}' has no app container; declare a nested class with [Container(\"image\")]");
        }

        if (_hasUnboundAttributes)
        {
            return new WorkloadParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var spec = _hasErrors
            ? null
            : new WorkloadSpec(
                TypeHierarchyReader.Read(_type),
                kind,
                name,
                ns,
                companions.ServiceAccount?.Name ?? serviceAccount,
                workload.NamedBool("ShareProcessNamespace") == true ? true : null,
                workload.NamedInt("TerminationGracePeriodSeconds") is { } grace and not 30 ? grace : null,
                kind is WorkloadKind.Deployment or WorkloadKind.StatefulSet && companions.Autoscale is null && workload.NamedInt("Replicas") is { } replicas and not 1 ? replicas : null,
                restartPolicy,
                labels,
                selector,
                annotations,
                volumes.Select(static v => v.Spec).ToEquatableArray(),
                containers.Select(static c => c.Spec).ToEquatableArray(),
                GoverningService(workload, kindSettings.ServiceName, companions),
                kindSettings.ClaimRetention,
                kindSettings.Job,
                kindSettings.Schedule,
                kindSettings.ConcurrencyPolicy,
                _minimumVersion,
                pod,
                rollout,
                patches,
                manifests,
                companions);

        return new WorkloadParseResult(
            spec,
            _diagnostics.ToEquatableArray(),
            _contentSites.ToEquatableArray(),
            podSecurity,
            spec is null || !_readsSecuritySites || kind == WorkloadKind.ManifestSet ? default : ReadSecuritySites(workload, volumes, containers).ToEquatableArray());
    }

    /// <summary>
    /// A StatefulSet's <c>serviceName</c>: as given, else the one Headless <c>[Service]</c> part that gives its pods
    /// their DNS names, else the workload's name.
    /// </summary>
    private static string? GoverningService(AttributeArguments workload, string? serviceName, CompanionsSpec companions)
    {
        if (serviceName is null || workload.HasNamed("ServiceName"))
        {
            return serviceName;
        }

        var headless = companions.Services.Where(static s => s.Type == ServiceType.Headless).ToList();
        return headless.Count == 1 ? headless[0].Name : serviceName;
    }

    /// <summary>
    /// The pod restart policy the manifest spells out: a Pod's when not the default Always; a Job's always, because
    /// the API server's default (Always) is not allowed for Jobs.
    /// </summary>
    private PodRestartPolicy? ReadRestartPolicy(WorkloadKind kind, AttributeArguments workload)
    {
        var policy = DefinedEnum<PodRestartPolicy>(workload, "RestartPolicy", DiagnosticDescriptors.InvalidRestartPolicy);
        switch (kind)
        {
            case WorkloadKind.Pod:
                return policy is PodRestartPolicy.Always ? null : policy;
            case WorkloadKind.Job or WorkloadKind.CronJob:
                if (policy == PodRestartPolicy.Always)
                {
                    Report(
                        DiagnosticDescriptors.InvalidRestartPolicy,
                        workload.Tree,
                        workload.NamedSpan("RestartPolicy"),
                        $"A {kind}'s pods must run to completion, so RestartPolicy Always is not allowed; use PodRestartPolicy.Never or OnFailure");
                }

                return policy ?? PodRestartPolicy.Never;
            default:
                return null;
        }
    }

    /// <summary>Counts the API server rejects when negative (<c>must be greater than or equal to 0</c>).</summary>
    private void CheckNotNegative(AttributeArguments workload, params string[] properties)
    {
        foreach (var property in properties)
        {
            if (workload.NamedInt(property) is < 0 and var value)
            {
                Report(DiagnosticDescriptors.InvalidWorkloadDeclaration, workload.Tree, workload.NamedSpan(property), $"{property} {value} must be greater than or equal to 0");
            }
        }
    }

    /// <summary>StatefulSet, Job and CronJob settings.</summary>
    private (string? ServiceName, ClaimRetentionSpec? ClaimRetention, JobSettingsSpec? Job, string? Schedule, ConcurrencyPolicy? ConcurrencyPolicy) ReadKindSettings(WorkloadKind kind, string name, AttributeArguments workload)
    {
        switch (kind)
        {
            case WorkloadKind.StatefulSet:
                var serviceName = workload.NamedString("ServiceName") ?? name;
                var serviceNameSpan = workload.HasNamed("ServiceName") ? workload.NamedSpan("ServiceName") : workload.PositionalSpan(0);
                CheckName(KubernetesNames.CheckDns1035Label(serviceName), "Service name", serviceName, workload.Tree, serviceNameSpan);
                return (serviceName, ReadClaimRetention(workload), null, null, null);
            case WorkloadKind.Job or WorkloadKind.CronJob:
                var job = new JobSettingsSpec(
                    workload.NamedInt("BackoffLimit") is { } backoff and not 6 ? backoff : null,
                    workload.NamedInt("Completions") is { } completions and not 1 ? completions : null,
                    workload.NamedInt("Parallelism") is { } parallelism and not 1 ? parallelism : null,
                    workload.NamedInt("TtlSecondsAfterFinished"));
                if (kind == WorkloadKind.Job)
                {
                    return (null, null, job, null, null);
                }

                var schedule = workload.PositionalString(1) ?? string.Empty;
                if (schedule.Trim().Length == 0 || schedule.Trim() != schedule || schedule.Any(char.IsControl))
                {
                    Report(DiagnosticDescriptors.InvalidWorkloadDeclaration, workload.Tree, workload.PositionalSpan(1), $"CronJob schedule '{schedule}' must be a cron expression such as \"*/5 * * * *\" or \"@hourly\"");
                }

                var concurrency = DefinedEnum<ConcurrencyPolicy>(workload, "ConcurrencyPolicy", DiagnosticDescriptors.InvalidWorkloadDeclaration);
                return (null, null, job, schedule, concurrency is ConcurrencyPolicy.Allow ? null : concurrency);
            default:
                return (null, null, null, null, null);
        }
    }

    /// <summary>
    /// A StatefulSet's <c>ClaimsWhenDeleted</c> and <c>ClaimsWhenScaled</c>. Only <c>Delete</c> is written: <c>Retain</c>
    /// is what the API server fills in (<c>SetDefaults_StatefulSet</c>). An API server before 1.27 would drop the
    /// policy unseen.
    /// </summary>
    private ClaimRetentionSpec? ReadClaimRetention(AttributeArguments workload)
    {
        var whenDeleted = Deletes("ClaimsWhenDeleted");
        var whenScaled = Deletes("ClaimsWhenScaled");
        return whenDeleted is null && whenScaled is null ? null : new ClaimRetentionSpec(whenDeleted, whenScaled);

        ClaimRetention? Deletes(string property)
        {
            if (DefinedEnum<ClaimRetention>(workload, property, DiagnosticDescriptors.InvalidSetting) != ClaimRetention.Delete)
            {
                return null;
            }

            ReportBelow(
                KubernetesVersion.ClaimRetention,
                DiagnosticDescriptors.InvalidSetting,
                workload.Tree,
                workload.NamedSpan(property),
                $"{property} needs Kubernetes 1.27 or later, but ConsortKubernetesVersion is {DiagnosticInfo.VersionToken}; an older API server drops the claim retention policy");
            return ClaimRetention.Delete;
        }
    }

    /// <summary>
    /// CNS012: a classic sidecar never exits, so a Job's pod never completes. Below 1.29 an Auto sidecar is classic
    /// (an error); an explicit <c>Mode = Classic</c> is the user's choice and only warns.
    /// </summary>
    private void CheckJobSidecars(WorkloadKind kind, List<ParsedContainer> containers)
    {
        if (kind is not (WorkloadKind.Job or WorkloadKind.CronJob))
        {
            return;
        }

        // A mesh the injector adds has no container here (Image is null); the injector places its own proxy.
        foreach (var container in containers.Where(static c => c.Spec.Role == ContainerRole.Sidecar && c.Spec.Image is not null))
        {
            var attribute = container.Attribute;
            if (container.Spec.Mode == SidecarMode.Classic)
            {
                ReportWarning(
                    DiagnosticDescriptors.ClassicSidecarInJob,
                    attribute.Tree,
                    attribute.NamedSpan("Mode"),
                    $"Sidecar '{container.Spec.Name}' is a classic container in a {kind}; it keeps running after the app exits, so the {kind}'s pods never complete unless it stops by itself");
            }
            else if (container.Spec.Mode == SidecarMode.Auto)
            {
                ReportBelow(
                    KubernetesVersion.NativeSidecarsByDefault,
                    DiagnosticDescriptors.ClassicSidecarInJob,
                    attribute.Tree,
                    attribute.NameSpan,
                    $"Below Kubernetes 1.29 sidecar '{container.Spec.Name}' would be a classic container, which never exits, so the {kind} would never complete (ConsortKubernetesVersion is {DiagnosticInfo.VersionToken}); set Mode = SidecarMode.Native (1.28 with the SidecarContainers feature gate) or Mode = SidecarMode.Classic if it stops by itself");
            }
        }
    }

    /// <summary>A <c>[ManifestSet]</c> holds <c>[Manifest]</c>s and nothing a workload has.</summary>
    private void CheckManifestSet(AttributeArguments set, string name, List<ParsedVolume> volumes, List<ParsedContainer> containers)
    {
        foreach (var location in containers.Select(static c => c.NameLocation).Concat(volumes.Select(static v => v.NameLocation)))
        {
            Report(DiagnosticDescriptors.NotApplicable, location.Tree, location.Span, $"Manifest set '{name}' holds objects of its own, not containers or volumes; declare them in a workload");
        }

        if (Find(_type, KnownAttributes.Manifest) is null)
        {
            Report(DiagnosticDescriptors.InvalidWorkloadDeclaration, set.Tree, set.NameSpan, $"Manifest set '{name}' has no [Manifest]; add the objects it holds, each as [Manifest(\"\"\"...\"\"\")]");
        }
    }

    /// <summary>A <c>[Patch]</c> on a manifest set has no object of Consort's to patch.</summary>
    private EquatableArray<PatchValue> NoPatchesOnASet()
    {
        foreach (var attribute in _type.Attributes.Where(static a => a.Name == KnownAttributes.Patch).Select(static a => new AttributeArguments(a)))
        {
            Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NameSpan, "[Patch] applies to a workload or a container; a manifest set's objects are written whole with [Manifest]");
        }

        return EquatableArray<PatchValue>.Empty;
    }

    /// <summary>A claim template no container mounts would only create claims that nothing uses.</summary>
    private void CheckClaimTemplatesMounted(List<ParsedVolume> volumes, List<ParsedContainer> containers)
    {
        foreach (var volume in volumes.Where(static v => v.Spec.Kind == VolumeKind.ClaimTemplate))
        {
            if (!containers.Any(c => c.Spec.Mounts.Any(m => m.VolumeName == volume.Spec.Name)))
            {
                Report(DiagnosticDescriptors.InvalidSetting, volume.NameLocation.Tree, volume.NameLocation.Span, $"Claim template '{volume.Spec.Name}' is mounted by no container; mount it with [Mount(typeof(...), \"/path\")], or remove it");
            }
        }
    }

    private void CheckDeclaration(List<AttributeUse> workloadAttributes)
    {
        var identifier = IdentifierOf(_type);
        foreach (var extra in workloadAttributes.Skip(1))
        {
            var arguments = new AttributeArguments(extra);
            Report(
                DiagnosticDescriptors.InvalidWorkloadDeclaration,
                arguments.Tree,
                arguments.NameSpan,
                $"Class '{_type.Name}' has more than one workload attribute; remove [{KnownAttributes.WithoutSuffix(arguments.ClassName)}] (a class declares exactly one workload)");
        }

        if (!_type.IsPartialClass)
        {
            Report(
                DiagnosticDescriptors.InvalidWorkloadDeclaration,
                identifier.Tree,
                identifier.Span,
                $"Workload class '{_type.Name}' must be a 'partial class' so that Consort can add its generated members");
        }
        else if (_type.IsGeneric)
        {
            Report(DiagnosticDescriptors.InvalidWorkloadDeclaration, identifier.Tree, identifier.Span, $"Workload class '{_type.Name}' must not be generic");
        }

        // One report per identifier: a class that is not partial already says what the fix (add 'partial') is.
        for (var outer = _type.IsPartialClass ? _type.ContainingType : null; outer is not null; outer = outer.ContainingType)
        {
            if (!outer.IsPartialClass || outer.IsGeneric)
            {
                Report(
                    DiagnosticDescriptors.InvalidWorkloadDeclaration,
                    identifier.Tree,
                    identifier.Span,
                    $"Workload class '{_type.Name}' is nested in '{outer.Name}', which must be a non-generic 'partial class' too");
                break;
            }
        }
    }

    private EquatableArray<KeyValueSpec> ReadKeyValues(string attributeName)
    {
        // Later declarations of the same key replace earlier ones, keeping the first position: a mapping key may appear once.
        var entries = new List<KeyValueSpec>();
        foreach (var attribute in _type.Attributes)
        {
            if (attribute.Name != attributeName)
            {
                continue;
            }

            var arguments = new AttributeArguments(attribute);
            if (!Bound(arguments))
            {
                continue;
            }

            var entry = new KeyValueSpec(arguments.PositionalString(0) ?? string.Empty, arguments.PositionalString(1) ?? string.Empty, ReadWorkloadOnly(attributeName, arguments));
            CheckLabelOrAnnotation(attributeName == KnownAttributes.Annotation, entry, arguments);
            var existing = entries.FindIndex(e => e.Key == entry.Key);
            if (existing >= 0)
            {
                entries[existing] = entry;
            }
            else
            {
                entries.Add(entry);
            }
        }

        if (attributeName == KnownAttributes.Annotation && entries.Sum(static e => System.Text.Encoding.UTF8.GetByteCount(e.Key) + System.Text.Encoding.UTF8.GetByteCount(e.Value)) > MaxAnnotationBytes)
        {
            var identifier = IdentifierOf(_type);
            Report(DiagnosticDescriptors.InvalidLabel, identifier.Tree, identifier.Span, $"The annotations of '{_type.Name}' add up to more than 256 KiB, the API server's limit for all annotations of an object");
        }

        return entries.ToEquatableArray();
    }

    private const int MaxAnnotationBytes = 256 * 1024;

    /// <summary>
    /// <c>WorkloadOnly</c> on a <c>[Label]</c> or <c>[Annotation]</c>: not on a Pod, which is its own pod, nor on
    /// Consort's name label, which the selector and the generated code rely on being on the pods.
    /// </summary>
    private bool ReadWorkloadOnly(string attributeName, AttributeArguments arguments)
    {
        if (attributeName is not (KnownAttributes.Label or KnownAttributes.Annotation) || arguments.NamedBool("WorkloadOnly") != true)
        {
            return false;
        }

        var what = attributeName == KnownAttributes.Label ? "[Label]" : "[Annotation]";
        if (_kind is WorkloadKind.Pod or WorkloadKind.ManifestSet)
        {
            Report(DiagnosticDescriptors.NotApplicable, arguments.Tree, arguments.NamedSpan("WorkloadOnly"), $"WorkloadOnly applies to a workload that has pods of its own, not a {_kind}; leave it out");
            return false;
        }

        if (attributeName == KnownAttributes.Label && arguments.PositionalString(0) == Manifest.WorkloadLowering.NameLabel)
        {
            Report(DiagnosticDescriptors.NotApplicable, arguments.Tree, arguments.NamedSpan("WorkloadOnly"), $"{what} {Manifest.WorkloadLowering.NameLabel} is always on the pods too: it is the label Consort selects them by");
            return false;
        }

        return true;
    }

    /// <summary>
    /// The <c>[Selector]</c> labels, which replace the default selector and join the pod template's labels: only on
    /// the kinds whose selector Consort writes, and never at odds with a label the template carries already, which
    /// would leave the selector matching none of the workload's own pods.
    /// </summary>
    private EquatableArray<KeyValueSpec> ReadSelector(WorkloadKind kind, string name, EquatableArray<KeyValueSpec> labels)
    {
        var selector = ReadKeyValues(KnownAttributes.Selector);
        if (selector.IsEmpty)
        {
            return selector;
        }

        foreach (var attribute in _type.Attributes.Where(static a => a.Name == KnownAttributes.Selector).Select(static a => new AttributeArguments(a)))
        {
            if (kind is not (WorkloadKind.Deployment or WorkloadKind.StatefulSet or WorkloadKind.DaemonSet))
            {
                var why = kind switch
                {
                    WorkloadKind.Job or WorkloadKind.CronJob => "the API server generates a Job's selector and labels its pods to match",
                    WorkloadKind.Pod => "a Pod has no selector; give it labels with [Label]",
                    _ => "a manifest set has no pods",
                };
                Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NameSpan, $"[Selector] applies to a Deployment, StatefulSet or DaemonSet, not a {kind}: {why}");
                continue;
            }

            var key = attribute.PositionalString(0);
            var value = attribute.PositionalString(1);
            var label = labels.FirstOrDefault(l => l.Key == key && !l.WorkloadOnly)?.Value ?? (key == Manifest.WorkloadLowering.NameLabel ? name : null);
            if (key is not null && value is not null && label is not null && label != value)
            {
                Report(
                    DiagnosticDescriptors.NotApplicable,
                    attribute.Tree,
                    attribute.PositionalSpan(1),
                    $"Selector label '{key}: {value}' is at odds with the pod template's label '{key}: {label}'; a label has one value, so give the two the same value or drop one");
            }
        }

        return selector;
    }

    private void CheckLabelOrAnnotation(bool isAnnotation, KeyValueSpec entry, AttributeArguments arguments)
    {
        var what = isAnnotation ? "Annotation" : "Label";
        if (LabelRules.CheckKey(entry.Key, isAnnotation) is { } keyProblem)
        {
            Report(DiagnosticDescriptors.InvalidLabel, arguments.Tree, arguments.PositionalSpan(0), $"{what} key '{entry.Key}' is invalid: {keyProblem}");
        }

        if (!isAnnotation && LabelRules.CheckValue(entry.Value) is { } valueProblem)
        {
            Report(DiagnosticDescriptors.InvalidLabel, arguments.Tree, arguments.PositionalSpan(1), $"Label value '{entry.Value}' is invalid: {valueProblem}");
        }
    }

    /// <summary>The one wording for an enum argument cast from a number that names no value.</summary>
    private static string UndefinedEnumMessage(string argument, int value, System.Type enumType)
        => $"{argument} {value} is not one of the {enumType.Name} values ({string.Join(", ", System.Enum.GetNames(enumType))})";

    /// <summary>A named enum argument that is one of the enum's values, or null; an undefined value (a cast) is reported.</summary>
    private TEnum? DefinedEnum<TEnum>(AttributeArguments arguments, string property, DiagnosticDescriptor descriptor)
        where TEnum : struct, System.Enum
    {
        var value = arguments.NamedEnum<TEnum>(property);
        if (value is { } v && !System.Enum.IsDefined(typeof(TEnum), v))
        {
            Report(descriptor, arguments.Tree, arguments.NamedSpan(property), UndefinedEnumMessage(property, System.Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture), typeof(TEnum)));
            return null;
        }

        return value;
    }

    private void CheckUniqueNames(IEnumerable<(string Name, SourceSpan Location)> names, string what)
    {
        var seen = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var (name, location) in names)
        {
            if (seen.TryGetValue(name, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateName, location.Tree, location.Span, what, name, first);
            }
            else
            {
                seen[name] = $"an earlier {what.ToLowerInvariant()}";
            }
        }
    }

    private void CheckName(string? problem, string what, string value, SyntaxTree? tree, TextSpan span)
    {
        if (problem is not null)
        {
            Report(DiagnosticDescriptors.InvalidName, tree, span, what, value, problem);
        }
    }

    private bool Bound(AttributeArguments arguments)
    {
        if (arguments.IsBound)
        {
            return true;
        }

        _hasUnboundAttributes = true;
        return false;
    }

    /// <summary>The first use of the attribute <paramref name="name"/> on <paramref name="part"/>; a plain loop, as it runs for every part of every workload.</summary>
    private static AttributeUse? Find(DeclaredType part, string name)
    {
        var attributes = part.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i].Name == name)
            {
                return attributes[i];
            }
        }

        return null;
    }

    private void Report(DiagnosticDescriptor descriptor, SyntaxTree? tree, TextSpan span, params string[] arguments)
        => Add(descriptor, tree, span, arguments, onlyBelow: null);

    /// <summary>Reports an error that exists only when the target Kubernetes version is below <paramref name="version"/>.</summary>
    private void ReportBelow(KubernetesVersion version, DiagnosticDescriptor descriptor, SyntaxTree? tree, TextSpan span, params string[] arguments)
        => Add(descriptor, tree, span, arguments, version);

    /// <summary>Reports <paramref name="descriptor"/> as a warning, where the specification lowers an error's severity.</summary>
    private void ReportWarning(DiagnosticDescriptor descriptor, SyntaxTree? tree, TextSpan span, params string[] arguments)
        => Add(descriptor, tree, span, arguments, onlyBelow: null, DiagnosticSeverity.Warning);

    private void Add(DiagnosticDescriptor descriptor, SyntaxTree? tree, TextSpan span, string[] arguments, KubernetesVersion? onlyBelow, DiagnosticSeverity? severity = null)
    {
        var location = tree is null ? IdentifierOf(_type) : new SourceSpan(tree, span);
        if (location.Tree is null)
        {
            return;
        }

        _diagnostics.Add(new DiagnosticInfo(descriptor, location.Tree, location.Span, arguments.ToEquatableArray(), onlyBelow, severity));
        if ((severity ?? descriptor.DefaultSeverity) != DiagnosticSeverity.Error)
        {
            return;
        }

        if (onlyBelow is { } version)
        {
            _minimumVersion = _minimumVersion is { } current && current > version ? current : version;
        }
        else
        {
            _hasErrors = true;
        }
    }

    private static SourceSpan IdentifierOf(DeclaredType type)
    {
        var (tree, span) = type.Identifier;
        return new SourceSpan(tree, span);
    }

    private static bool IsIn(AttributeUse attribute, TypeDeclarationSyntax declaration)
        => attribute.Syntax is { } syntax && attribute.Tree == declaration.SyntaxTree && declaration.Span.Contains(syntax.Span);

    /// <summary>A place in source: a file and a span.</summary>
    private readonly record struct SourceSpan(SyntaxTree? Tree, TextSpan Span);
}
