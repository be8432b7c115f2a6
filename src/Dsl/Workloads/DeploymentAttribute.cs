using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// Declares an <c>apps/v1</c> Deployment. It selects its pods on <c>app.kubernetes.io/name: &lt;name&gt;</c>,
    /// which is always added to the pod template's labels.
    /// </summary>
    /// <example>
    /// <code>
    /// [Deployment("shop", Namespace = "prod", Replicas = 3)]
    /// public partial class Shop
    /// {
    ///     [Container("ghcr.io/acme/shop:1.4.2")] partial class Api;
    /// }
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class DeploymentAttribute : WorkloadAttribute
    {
        /// <summary>Declares a deployment.</summary>
        /// <param name="name">The deployment's <c>metadata.name</c>: a lowercase RFC 1123 name.</param>
        public DeploymentAttribute(string name) : base(name) { }

        /// <summary>The desired number of pods (<c>spec.replicas</c>). The API server's default is 1.</summary>
        public int Replicas { get; set; } = 1;

        /// <summary>How the Deployment replaces its pods (<c>spec.strategy.type</c>; default <see cref="DeploymentStrategy.RollingUpdate"/>).</summary>
        public DeploymentStrategy Strategy { get; set; }

        /// <summary>Pods a rolling update may add above <see cref="Replicas"/>: a number (<c>"1"</c>) or a percentage (<c>"25%"</c>, the default).</summary>
        public string? MaxSurge { get; set; }

        /// <summary>Pods a rolling update may take below <see cref="Replicas"/>: a number (<c>"0"</c>) or a percentage (<c>"25%"</c>, the default).</summary>
        public string? MaxUnavailable { get; set; }

        /// <summary>Seconds a new pod must be ready before it counts as available (<c>spec.minReadySeconds</c>, default 0).</summary>
        public int MinReadySeconds { get; set; }

        /// <summary>Old ReplicaSets kept for rollback (<c>spec.revisionHistoryLimit</c>, default 10).</summary>
        public int RevisionHistoryLimit { get; set; } = 10;

        /// <summary>Seconds before a stalled rollout is reported as failed (<c>spec.progressDeadlineSeconds</c>, default 600).</summary>
        public int ProgressDeadlineSeconds { get; set; } = 600;
    }
}
