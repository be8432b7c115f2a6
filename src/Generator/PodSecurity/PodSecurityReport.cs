using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Diagnostics;
using Consort.Generator.Helpers;
using Consort.Generator.Manifest;
using Consort.Generator.Model;
using Consort.Generator.Options;
using Consort.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Consort.Generator.PodSecurity;

/// <summary>
/// The Pod Security Standards warnings of one workload (SPEC 9): its finished pod (after presets, lowering and
/// patches) checked at its level and at the policy version <c>latest</c> means on the target Kubernetes version,
/// each failing check reported once, at the argument that set the value it blames.
/// </summary>
internal static class PodSecurityReport
{
    /// <param name="readSites">Where the settings are written: read only when a check fails.</param>
    public static IEnumerable<Diagnostic> For(WorkloadParseResult result, WorkloadSpec spec, ConsortOptions options, System.Func<EquatableArray<SecuritySite>> readSites)
    {
        var level = result.PodSecurity ?? options.PodSecurity;
        if (level == PodSecurityLevel.Privileged || spec.Kind == WorkloadKind.ManifestSet
            || (level == PodSecurityLevel.Baseline && CannotFailBaseline(spec))
            || PodView.Of(WorkloadLowering.Lower(spec, options.KubernetesVersion).Workload, options.KubernetesVersion) is not { } pod)
        {
            yield break;
        }

        var policy = PodSecurityChecks.LatestPolicy(options.KubernetesVersion);
        var label = level.ToString().ToLowerInvariant() + ":latest";
        var failures = PodSecurityChecks.Evaluate(level, policy, pod);
        var sites = failures.Count == 0 ? default : readSites();
        foreach (var (check, failure) in failures)
        {
            if (Locate(failure, sites) is { Tree: { } tree } site)
            {
                yield return Diagnostic.Create(
                    DiagnosticDescriptors.PodSecurity[check.DiagnosticId],
                    Location.Create(tree, site.Span),
                    $"would violate PodSecurity \"{label}\": {failure.Text}{Hint(check, failure, spec)}");
            }
        }
    }

    /// <summary>
    /// Whether nothing in the workload can fail a baseline check, so that the pod need not be built again to check it:
    /// lowering costs about as much as emitting, and most workloads set none of these. Only a patch, a host namespace,
    /// a host path or host port, a privileged container, an added capability, an Unconfined seccomp profile, an
    /// explicit mesh proxy or an AppArmor or seccomp annotation can; the tests hold this to the checks themselves.
    /// </summary>
    internal static bool CannotFailBaseline(WorkloadSpec spec)
        => spec.Patches.IsEmpty
           && spec.Pod is { HostNetwork: not true, HostPID: not true, HostIPC: not true }
           && spec.Pod.SecurityContext?.Seccomp?.Type != SeccompProfile.Unconfined
           && !spec.Volumes.Any(static v => v.Kind == VolumeKind.HostPath)
           && !spec.Annotations.Any(static a => a.Key.StartsWith("container.apparmor.security.beta.kubernetes.io/", System.StringComparison.Ordinal) || a.Key.Contains("seccomp.security.alpha.kubernetes.io/"))
           && spec.Containers.All(static c => c.Patches.IsEmpty
               && c.Preset is not ServiceMeshPresetSpec { Injection: MeshInjection.Explicit }
               && !c.Ports.Any(static p => p.HostPort is not (null or 0))
               && c.SecurityContext is not ({ Privileged: true } or { AddCapabilities.IsEmpty: false } or { Seccomp.Type: SeccompProfile.Unconfined }));

    /// <summary>
    /// What to change when the failure is a preset's, where the controller's words cannot say it: a signal-mode
    /// ConfigReload watcher runs as root unless the target declares a user, since it may only signal its own user's processes.
    /// </summary>
    private static string Hint(PodSecurityCheck check, CheckFailure failure, WorkloadSpec spec)
    {
        if (check.Id != "runAsNonRoot")
        {
            return string.Empty;
        }

        var watcher = spec.Containers.FirstOrDefault(c => c.Preset is ConfigReloadPresetSpec { Process: not null } && failure.Offenders.Any(o => o.Container == c.Name));
        return watcher?.Preset is ConfigReloadPresetSpec reload
            ? $". The ConfigReload watcher '{watcher.Name}' signals '{reload.TargetContainer}' as that container's user, and runs as root until it has one: give '{reload.TargetContainer}' [SecurityContext(RunAsUser = ...)] with an image that runs unprivileged, or reload through ReloadUrl"
            : string.Empty;
    }

    /// <summary>
    /// Where to report a failure: the argument that set the first offending value; else, at the field's key, a patch of
    /// that container, or of the workload, that writes the field; else the container's attribute (a preset's for the containers it adds), or the
    /// workload's for what the pod lacks.
    /// </summary>
    private static SecuritySite? Locate(CheckFailure failure, EquatableArray<SecuritySite> sites)
    {
        var offender = failure.Offenders[0];
        var owner = offender.Volume is { } volume ? "volume:" + volume : offender.Container is { } container ? "container:" + container : "pod";
        var key = offender.Field.Split('.').Last() + ":";
        return Find(owner + "." + offender.Field)
            ?? InPatch(sites.FirstOrDefault(s => s.Key == "patch:" + owner && s.Text?.Contains(key) == true))
            ?? (offender.Container is null ? null : InPatch(sites.FirstOrDefault(s => s.Key == "patch:pod" && s.Text?.Contains(key) == true)))
            ?? Find(owner + "." + offender.Field.Split('.')[0])
            ?? Find(owner)
            ?? (offender.Container is null ? null : Find("preset"))
            ?? Find("workload");

        SecuritySite? Find(string key) => sites.FirstOrDefault(s => s.Key == key && s.Tree is not null);

        // At the key inside the patch's text, at its line and column.
        SecuritySite? InPatch(SecuritySite? patch)
            => patch is { Tree: { } tree, Text: { } text }
               && tree.GetRoot().FindNode(patch.Span, getInnermostNodeForTie: true) is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax literal
                ? patch with { Span = Patches.LiteralPositions.For(literal).Span(text.IndexOf(key, System.StringComparison.Ordinal), key.Length - 1) }
                : patch;
    }
}
